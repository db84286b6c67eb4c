package org.goldenthread.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goldenthread.web.PageForms;

/**
 * The page's form for a service, kept as typed: the areas as the authorities ticked and the
 * postcode districts typed in one box ("NS1, NS2").
 */
record ServiceForm(
    String name,
    String summary,
    String description,
    String kind,
    List<String> needs,
    List<String> authorities,
    String districts,
    List<String> languages,
    String phone,
    String email,
    String website,
    String address,
    String openingTimes,
    String cost,
    Boolean free,
    Boolean independent,
    Long version) {

  static ServiceForm empty() {
    return new ServiceForm(
        null, null, null, null, List.of(), List.of(), null, List.of(), null, null, null, null, null,
        null, false, false, null);
  }

  /** The form filled with the service as it is, authority codes apart from districts. */
  static ServiceForm of(ServiceView service) {
    List<String> authorities = new ArrayList<>();
    List<String> districts = new ArrayList<>();
    for (String area : service.areas()) {
      (area.matches("[0-9]{3}") ? authorities : districts).add(area);
    }
    return new ServiceForm(
        service.name(),
        service.summary(),
        service.description(),
        service.kind().name(),
        service.needs(),
        authorities,
        String.join(", ", districts),
        service.languages(),
        service.contact().phone(),
        service.contact().email(),
        service.contact().website(),
        service.contact().address(),
        service.openingTimes(),
        service.cost(),
        service.free(),
        service.independent(),
        service.version());
  }

  /** What was typed, every field given (an empty one clears it). */
  ServiceInput input() {
    List<String> areas = new ArrayList<>(authorities == null ? List.of() : authorities);
    if (districts != null) {
      Arrays.stream(districts.split("[,;\\n]"))
          .map(String::strip)
          .filter(d -> !d.isEmpty())
          .forEach(areas::add);
    }
    return new ServiceInput(
        orEmpty(name),
        orEmpty(summary),
        orEmpty(description),
        PageForms.choice(SupportKind.class, kind),
        needs == null ? List.of() : needs,
        areas,
        languages == null ? List.of() : languages,
        orEmpty(phone),
        orEmpty(email),
        orEmpty(website),
        orEmpty(address),
        orEmpty(openingTimes),
        orEmpty(cost),
        Boolean.TRUE.equals(free),
        Boolean.TRUE.equals(independent),
        null);
  }

  private static String orEmpty(String typed) {
    return typed == null ? "" : typed;
  }
}
