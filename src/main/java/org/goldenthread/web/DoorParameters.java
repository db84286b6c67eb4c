package org.goldenthread.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OperationCustomizer;

/**
 * The id in the path of an argument that a door resolves (an accessible child is the child of
 * {@code {childId}}), for the API's OpenAPI description. The description leaves such arguments out,
 * since they are not request parameters; this puts back the path variable they are read from, so
 * that handlers need not take an id they never use just to have it described.
 */
public final class DoorParameters {

  private DoorParameters() {}

  /** Describes {@code pathVariable} (an id) for every operation whose handler takes an argument. */
  public static OperationCustomizer describing(Class<?> argument, String pathVariable) {
    return (operation, handler) -> {
      boolean takesIt =
          Stream.of(handler.getMethodParameters())
              .anyMatch(p -> argument.equals(p.getParameterType()));
      List<Parameter> parameters =
          operation.getParameters() == null
              ? new ArrayList<>()
              : new ArrayList<>(operation.getParameters());
      boolean described =
          parameters.stream()
              .anyMatch(p -> pathVariable.equals(p.getName()) && "path".equals(p.getIn()));
      if (takesIt && !described) {
        parameters.add(
            0,
            new PathParameter()
                .name(pathVariable)
                .required(true)
                .schema(new StringSchema().format("uuid")));
        operation.setParameters(parameters);
      }
      return operation;
    };
  }
}
