package org.goldenthread.deadline;

import org.springframework.web.multipart.MultipartFile;

/** A newer bank-holidays file, with the version of the calendar the administrator looked at. */
record HolidayUploadForm(MultipartFile file, Long version) {}
