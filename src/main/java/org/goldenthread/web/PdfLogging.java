package org.goldenthread.web;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to ours (SLF4J), under {@code com.openhtmltopdf.*}, instead of its own
 * console handler; its timings and font loading are DEBUG, its warnings WARN.
 */
final class PdfLogging implements XRLogger {

  private PdfLogging() {}

  static synchronized void install() {
    if (!(XRLog.getLoggerImpl() instanceof PdfLogging)) {
      XRLog.setLoggerImpl(new PdfLogging());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger logger = LoggerFactory.getLogger(where);
    if (level.intValue() >= Level.SEVERE.intValue()) {
      logger.error(msg, th);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      logger.warn(msg, th);
    } else {
      logger.debug(msg, th);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // Levels are set in the application's logging configuration.
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
        ? logger.isWarnEnabled()
        : logger.isDebugEnabled();
  }
}
