package org.goldenthread.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A test of our GOV.UK fragments: the MVC slice with only {@link FragmentTestController}, signed in
 * as a plain user (security is on, so posts carry the CSRF token).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
    controllers = FragmentTestController.class,
    properties = "spring.messages.basename=messages,test-messages")
@Import(FragmentTestController.class)
@WithMockUser
@interface FragmentTest {}
