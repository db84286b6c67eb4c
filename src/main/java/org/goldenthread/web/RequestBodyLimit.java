package org.goldenthread.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body other than a file upload may be at most {@link #MAX_BYTES}: a larger one is
 * answered 413. The body is read to its end first (up to {@link #MAX_DRAINED}) so that a client
 * that sends it whole before reading still reads the answer instead of a reset connection.
 *
 * <p>Uploads ({@code multipart/form-data}) pass with their own, larger limits: the multipart
 * request size ({@code spring.servlet.multipart.max-request-size}), which sits a little above what
 * each capability accepts (documents: {@code goldenthread.documents.max-size}), so that the
 * capability answers a file too large itself, beside its field. An upload that declares more than
 * the multipart limit is answered 413 here, before anything reads its parameters (the CSRF check of
 * a page would otherwise fail on it), its body read to the end up to {@link #MAX_DRAINED_UPLOAD}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;
  static final long MAX_DRAINED = 32L * 1024 * 1024;

  /** As Tomcat's {@code server.tomcat.max-swallow-size}. */
  static final long MAX_DRAINED_UPLOAD = 64L * 1024 * 1024;

  private final ObjectProvider<MultipartConfigElement> multipart;

  RequestBodyLimit(ObjectProvider<MultipartConfigElement> multipart) {
    this.multipart = multipart;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (isUpload(request)) {
      long most = uploadLimit();
      if (most > 0 && length > most) {
        refuse(request, response, length, most, MAX_DRAINED_UPLOAD);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (length > MAX_BYTES) {
      refuse(request, response, length, MAX_BYTES, MAX_DRAINED);
      return;
    }
    chain.doFilter(length < 0 ? new Limited(request) : request, response);
  }

  /** Whether the request's body is a multipart upload. */
  static boolean isUpload(HttpServletRequest request) {
    String type = request.getContentType();
    String multipart = MediaType.MULTIPART_FORM_DATA_VALUE;
    return type != null && type.regionMatches(true, 0, multipart, 0, multipart.length());
  }

  /** The multipart request size limit, or 0 when there is none. */
  private long uploadLimit() {
    MultipartConfigElement config = multipart.getIfAvailable();
    return config == null ? 0 : Math.max(0, config.getMaxRequestSize());
  }

  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      long length,
      long most,
      long drained)
      throws IOException {
    if (length <= drained) {
      request.getInputStream().transferTo(OutputStream.nullOutputStream());
    } else {
      response.setHeader(HttpHeaders.CONNECTION, "close");
    }
    if (ErrorResponses.isApi(request)) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              """
              {"type":"%s","title":"Content Too Large","status":413,\
              "detail":"The request is larger than %d bytes."}"""
                  .formatted(ProblemTypes.type(HttpStatus.CONTENT_TOO_LARGE), most));
    } else {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
    }
  }

  /** A body of unknown length (chunked) that stops being readable past the limit. */
  private static final class Limited extends HttpServletRequestWrapper {

    private ServletInputStream stream;

    Limited(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new LimitedStream(super.getInputStream());
      }
      return stream;
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private long read;

    LimitedStream(ServletInputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) throws IOException {
      read += n;
      if (read > MAX_BYTES) {
        throw new BodyTooLarge();
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }

  /** A body of unknown length that went past the limit while it was read. */
  static final class BodyTooLarge extends IOException {
    BodyTooLarge() {
      super("The request body is larger than " + MAX_BYTES + " bytes");
    }
  }
}
