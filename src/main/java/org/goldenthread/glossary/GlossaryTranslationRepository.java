package org.goldenthread.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryTranslationRepository
    extends JpaRepository<GlossaryTranslation, GlossaryTranslation.Key> {

  List<GlossaryTranslation> findByLanguage(String language);
}
