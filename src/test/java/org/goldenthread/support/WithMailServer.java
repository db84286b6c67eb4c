package org.goldenthread.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * An integration test of the mail people get: the application sends every mail at once to the
 * {@link MailServer} shared by all such tests, emptied before the class's tests; read it with
 * {@link MailServer#mailbox()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = MailServer.Settings.class)
@ExtendWith(MailServer.Emptied.class)
public @interface WithMailServer {}
