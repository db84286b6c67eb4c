package org.goldenthread.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A form record exercising every form fragment, for the fragment tests only. */
record SampleForm(
    @NotBlank(message = "Enter your full name") @Size(max = 20, message = "Name is too long")
        String fullName,
    String email,
    @NotBlank(message = "Describe what works well") String description,
    @NotBlank(message = "Select how to contact you") String contactMethod,
    @NotEmpty(message = "Select at least one need") List<String> needs,
    DateInput dateOfBirth,
    @NotBlank(message = "Select a year group") String yearGroup) {

  static SampleForm empty() {
    return new SampleForm("", "", "", null, List.of(), DateInput.empty(), "");
  }
}
