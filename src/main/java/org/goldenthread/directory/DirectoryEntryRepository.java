package org.goldenthread.directory;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DirectoryEntryRepository extends JpaRepository<DirectoryEntry, UUID> {

  boolean existsByName(String name);
}
