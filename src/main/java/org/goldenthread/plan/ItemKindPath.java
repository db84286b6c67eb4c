package org.goldenthread.plan;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code {kind}} of a plan item path with the kinds the API accepts. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Parameter(
    schema =
        @Schema(allowableValues = {"aspirations", "needs", "outcomes", "provisions", "strategies"}))
@interface ItemKindPath {}
