package org.goldenthread.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.validation.annotation.Validated;

/**
 * On a page form's parameter: text in its fields that {@link TextRules} refuses (a NUL or another
 * control character, or more than the limit) is put beside its field in the handler's {@code
 * BindingResult}, as it was typed, rather than answered with the general 400 page. The handler must
 * show the form again, saving nothing, when {@link PageForms#hasRefusedText} (or whenever its
 * binding has errors).
 *
 * <p>Without this mark, such text anywhere in a request is the general 400 page, before the handler
 * runs.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Validated
public @interface CheckedText {}
