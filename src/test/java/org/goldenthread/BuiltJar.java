package org.goldenthread;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The jar that {@code ./mvnw package} builds, named as pom.xml names it. */
record BuiltJar(String fileName, int javaRelease) {

  static BuiltJar fromPom() {
    try {
      Document pom =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(Path.of("pom.xml").toFile());
      Element project = pom.getDocumentElement();
      String finalName = text(element(project, "build"), "finalName");
      String name =
          finalName != null
              ? finalName
              : text(project, "artifactId") + "-" + text(project, "version");
      return new BuiltJar(
          name + ".jar",
          Integer.parseInt(text(element(project, "properties"), "maven.compiler.release")));
    } catch (Exception e) {
      throw new IllegalStateException("pom.xml could not be read", e);
    }
  }

  private static Element element(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = element(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}
