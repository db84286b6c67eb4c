package org.goldenthread.dataexchange;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.goldenthread.child.SchoolRoll.LineProblem;
import org.goldenthread.child.SchoolRoll.Pupil;

/**
 * The DfE Common Transfer File (CTF XML): of each {@code Pupil} under {@code CTFpupilData}, the
 * pupil part (UPN, names, date of birth, NC year), the SEN part (the latest SEN provision and its
 * needs by rank) and the contact part (the parents and carers, {@link CtfContacts}). Read with a
 * hardened streaming parser: a DOCTYPE is refused before any of it is read (no entity is ever
 * declared, so none can expand or reach outside), external DTDs and schemas cannot be fetched, and
 * secure processing limits apply.
 */
final class CtfReader {

  private CtfReader() {}

  static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return factory;
  }

  static PupilFile read(String text) {
    List<Pupil> pupils = new ArrayList<>();
    List<LineProblem> problems = PupilFile.newProblems();
    List<PupilFile.PupilContacts> contacts = new ArrayList<>();
    XMLStreamReader xml = null;
    try {
      xml = factory().createXMLStreamReader(new StringReader(text));
      Deque<String> path = new ArrayDeque<>();
      Draft pupil = null;
      StringBuilder value = new StringBuilder();
      boolean root = true;
      while (xml.hasNext()) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.DTD ->
              throw new FileRefused(xml.getLocation().getLineNumber(), "import.error.xml.doctype");
          case XMLStreamConstants.ENTITY_REFERENCE ->
              throw new FileRefused(xml.getLocation().getLineNumber(), "import.error.xml.entity");
          case XMLStreamConstants.START_ELEMENT -> {
            String name = xml.getLocalName();
            if (root && !"CTfile".equals(name)) {
              throw new FileRefused(xml.getLocation().getLineNumber(), "import.error.xml.notCtf");
            }
            root = false;
            if ("Pupil".equals(name) && "CTFpupilData".equals(path.peek())) {
              if (pupils.size() >= PupilFile.MAX_PUPILS) {
                throw new FileRefused(0, "import.error.file.tooMany");
              }
              pupil = new Draft(xml.getLocation().getLineNumber());
            } else if (pupil != null && "Contact".equals(name) && "Contacts".equals(path.peek())) {
              pupil.contact = new CtfContacts.Draft(xml.getLocation().getLineNumber());
            } else if (pupil != null && "SENneed".equals(name)) {
              pupil.need = new String[2];
            }
            path.push(name);
            value.setLength(0);
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (pupil != null && value.length() <= PupilFile.MAX_FIELD * 10) {
              value.append(xml.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            String name = path.pop();
            if (pupil != null) {
              if ("Pupil".equals(name) && "CTFpupilData".equals(path.peek())) {
                Pupil read = pupil.pupil(problems);
                pupils.add(read);
                List<org.goldenthread.family.FamilyImports.Contact> family =
                    CtfContacts.family(pupil.contacts, problems);
                if (!family.isEmpty()) {
                  contacts.add(new PupilFile.PupilContacts(read.upn(), family));
                }
                pupil = null;
              } else if (pupil.contact != null) {
                if ("Contact".equals(name)) {
                  pupil.contacts.add(pupil.contact);
                  pupil.contact = null;
                } else {
                  pupil.contact.take(name, value.toString());
                }
              } else {
                pupil.take(name, path.peek(), value.toString());
              }
            }
            value.setLength(0);
          }
          default -> {
            // comments, processing instructions and white space carry nothing
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      throw new FileRefused(line, "import.error.xml.malformed");
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
    return new PupilFile(PupilFile.Format.CTF, pupils, problems, contacts);
  }

  /** One pupil as read so far. */
  private static final class Draft {
    final int line;
    String upn;
    String surname;
    String forename;
    String preferredForename;
    String dob;
    String year;
    String provision;
    String[] need;
    final List<String[]> needs = new ArrayList<>();
    CtfContacts.Draft contact;
    final List<CtfContacts.Draft> contacts = new ArrayList<>();

    Draft(int line) {
      this.line = line;
    }

    void take(String name, String parent, String text) {
      switch (name) {
        case "UPN" -> {
          if ("Pupil".equals(parent)) {
            upn = text;
          }
        }
        case "Surname", "LegalSurname" -> {
          if ("Pupil".equals(parent) || "BasicDetails".equals(parent)) {
            surname = text;
          }
        }
        case "Forename", "LegalForename" -> {
          if ("Pupil".equals(parent) || "BasicDetails".equals(parent)) {
            forename = text;
          }
        }
        case "PreferredForename" -> preferredForename = text;
        case "DOB" -> dob = text;
        case "NCyearActual" -> year = text;
        case "SENprovision" -> provision = text;
        case "NeedType" -> {
          if (need != null) {
            need[0] = text;
          }
        }
        case "NeedTypeRank", "NeedRank", "Rank" -> {
          if (need != null) {
            need[1] = text;
          }
        }
        case "SENneed" -> {
          if (need != null) {
            needs.add(need);
            need = null;
          }
        }
        default -> {
          // a part the import does not use
        }
      }
    }

    Pupil pupil(List<LineProblem> problems) {
      PupilFile.Fields fields = new PupilFile.Fields(line, problems);
      String primary = null;
      String secondary = null;
      List<String[]> ranked = new ArrayList<>(needs);
      ranked.sort(
          java.util.Comparator.comparingInt(
              n ->
                  n[1] == null || !n[1].strip().matches("\\d{1,2}")
                      ? 99
                      : Integer.parseInt(n[1].strip())));
      if (!ranked.isEmpty()) {
        primary = ranked.get(0)[0];
      }
      if (ranked.size() > 1) {
        secondary = ranked.get(1)[0];
      }
      String preferred = fields.text("preferredName", preferredForename);
      String given = fields.text("givenName", forename);
      return new Pupil(
          line,
          fields.text("upn", upn),
          given,
          fields.text("familyName", surname),
          preferred != null && preferred.equals(given) ? null : preferred,
          fields.date("dateOfBirth", dob),
          fields.yearGroup("yearGroup", year),
          provision == null
              ? org.goldenthread.child.SenStatus.N
              : fields.senStatus("senStatus", provision),
          fields.need("primaryNeed", primary),
          fields.need("secondaryNeed", secondary));
    }
  }
}
