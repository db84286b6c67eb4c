package org.goldenthread.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;

/**
 * The API's OpenAPI document as a contract a generated client can use (issue 19): the bearer scheme
 * on every operation but signing in; unique operation names; the RFC 9457 problem (as {@code
 * application/problem+json}) for every error status an operation can give; 204 where 204 is
 * answered; files typed as binary; no {@code *}{@code /*} content. It works on every API
 * controller, those of modules added later too, without annotations of their own.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {

  static final String BEARER = "bearer";
  static final String PROBLEM = "Problem";
  static final String FIELD_ERROR = "FieldError";
  static final String PROBLEM_JSON = "application/problem+json";
  static final String JSON = "application/json";

  /** Where signing in happens: the only operation that needs no token. */
  private static final String SIGN_IN = "/api/v1/auth/tokens";

  @Bean
  OpenAPI goldenThreadApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Golden Thread API")
                .version("v1")
                .description(
                    "Partnership working around children with special educational needs. Sign in"
                        + " with POST /api/v1/auth/tokens and send the token as Authorization:"
                        + " Bearer <token>. Errors are RFC 9457 problems."))
        .servers(List.of(new Server().url("http://localhost:8080").description("A local run")))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("A token from POST /api/v1/auth/tokens (12 hours)")));
  }

  /** Per handler: its name, 204 for an empty answer, files as binary. */
  @Bean
  OperationCustomizer contractOperations() {
    return (operation, handler) -> {
      operation.setOperationId(operationId(operation, handler));
      if (answersNothing(handler)) {
        ApiResponses responses = operation.getResponses();
        responses.remove("200");
        responses.addApiResponse("204", new ApiResponse().description("Done; nothing to answer"));
      }
      if (handler.getMethod().getReturnType() == ResponseEntity.class
          && bodyType(handler) == byte[].class) {
        ApiResponse ok = operation.getResponses().get("200");
        if (ok != null) {
          Content files = new Content();
          List<String> types =
              ok.getContent() == null ? List.of() : new ArrayList<>(ok.getContent().keySet());
          types.removeIf(type -> type.contains("*") || type.equals(JSON));
          if (types.isEmpty()) {
            types = List.of("application/octet-stream");
          }
          types.forEach(type -> files.addMediaType(type, new MediaType().schema(binary())));
          ok.setContent(files);
        }
      }
      return operation;
    };
  }

  /** The whole document: problems, error statuses, security, content types. */
  @Bean
  OpenApiCustomizer contractDocument() {
    return openApi -> {
      Components components = openApi.getComponents();
      if (components == null) {
        components = new Components();
        openApi.setComponents(components);
      }
      components.addSchemas(FIELD_ERROR, fieldError());
      components.addSchemas(PROBLEM, problem());
      if (components.getSecuritySchemes() == null
          || !components.getSecuritySchemes().containsKey(BEARER)) {
        components.addSecuritySchemes(
            BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"));
      }
      openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
      if (openApi.getPaths() == null) {
        return;
      }
      Map<String, Schema> schemas =
          components.getSchemas() == null ? Map.of() : components.getSchemas();
      openApi
          .getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> describe(path, method, operation, schemas)));
    };
  }

  /**
   * A record's id, read as text and answered 404 when it is not one (a path's {@code …Id}, or the
   * {@code school} a query names), is a UUID in the contract.
   */
  private static void typeIdentifier(Parameter parameter) {
    boolean identifier =
        ("path".equals(parameter.getIn()) && parameter.getName().endsWith("Id"))
            || ("query".equals(parameter.getIn()) && "school".equals(parameter.getName()));
    Schema<?> schema = parameter.getSchema();
    if (identifier
        && schema != null
        && ("string".equals(schema.getType())
            || (schema.getTypes() != null && schema.getTypes().contains("string")))
        && schema.getFormat() == null
        && schema.getEnum() == null) {
      // a new schema: springdoc may share one instance among all the text parameters
      parameter.setSchema(new StringSchema().format("uuid"));
    }
  }

  private static void describe(
      String path, PathItem.HttpMethod method, Operation operation, Map<String, Schema> schemas) {
    boolean signIn = path.equals(SIGN_IN) && method == PathItem.HttpMethod.POST;
    if (signIn) {
      operation.setSecurity(List.of());
    } else {
      operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
    }
    List<Parameter> parameters =
        operation.getParameters() == null ? List.of() : operation.getParameters();
    parameters.forEach(ApiContract::typeIdentifier);
    boolean namesARecord =
        parameters.stream()
            .anyMatch(
                p ->
                    "path".equals(p.getIn())
                        || (Boolean.TRUE.equals(p.getRequired())
                            && "uuid".equals(p.getSchema().getFormat())));
    boolean inQuery = parameters.stream().anyMatch(p -> "query".equals(p.getIn()));
    boolean hasBody = operation.getRequestBody() != null;
    boolean upload =
        hasBody
            && operation.getRequestBody().getContent() != null
            && operation.getRequestBody().getContent().keySet().stream()
                .anyMatch(type -> type.startsWith("multipart/"));
    boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    boolean versioned =
        parameters.stream().anyMatch(p -> "version".equals(p.getName()))
            || (hasBody && carriesVersion(operation, schemas));

    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    fixContent(responses);
    Map<String, String> errors = new TreeMap<>();
    if (hasBody || inQuery || signIn) {
      errors.put("400", "Bad input: the problem's errors name each field and what is wrong");
    }
    if (signIn) {
      errors.put("401", "The email address or password is not right");
      errors.put("429", "Too many attempts to sign in; wait and try again (Retry-After)");
    } else {
      errors.put("401", "Not signed in: no token, or one that has expired or been revoked");
    }
    if (!signIn && (write || path.startsWith("/api/v1/authorities") || isAdmin(path))) {
      errors.put("403", "Signed in, and may see this, but may not do it");
    }
    if (namesARecord) {
      errors.put("404", "Not found, or not visible to the caller");
    }
    if (write && versioned) {
      errors.put("409", "Edit conflict: the version sent is stale; nothing was changed");
    }
    if (hasBody) {
      errors.put("413", "The request is too large");
      errors.put("415", upload ? "Not a kind of file that is taken" : "Send JSON");
    }
    errors.forEach(
        (status, description) -> {
          ApiResponse existing = operation.getResponses().get(status);
          operation
              .getResponses()
              .addApiResponse(
                  status,
                  new ApiResponse()
                      .description(
                          existing != null && existing.getDescription() != null
                              ? existing.getDescription()
                              : description)
                      .content(problemContent()));
        });
    sortResponses(operation);
  }

  private static boolean isAdmin(String path) {
    return path.startsWith("/api/v1/admin");
  }

  /** Whether the body's schema has a {@code version} (a versioned write: stale is 409). */
  private static boolean carriesVersion(Operation operation, Map<String, Schema> schemas) {
    Content content = operation.getRequestBody().getContent();
    if (content == null) {
      return false;
    }
    for (MediaType type : content.values()) {
      Schema<?> schema = type.getSchema();
      if (schema != null && schema.get$ref() != null) {
        schema = schemas.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
      }
      if (schema != null
          && schema.getProperties() != null
          && schema.getProperties().containsKey("version")) {
        return true;
      }
    }
    return false;
  }

  /** JSON where the document said anything ({@code *}{@code /*}). */
  private static void fixContent(ApiResponses responses) {
    responses.forEach(
        (status, response) -> {
          Content content = response.getContent();
          if (content == null) {
            return;
          }
          MediaType any = content.remove("*/*");
          if (any != null) {
            content.putIfAbsent(JSON, any);
          }
          content.forEach(
              (type, media) -> {
                if (!type.endsWith("json")) {
                  media.setSchema(binary()); // a file: a PDF, a calendar, a CSV, a ZIP
                }
              });
          if (content.isEmpty()) {
            response.setContent(null);
          }
        });
  }

  private static void sortResponses(Operation operation) {
    ApiResponses sorted = new ApiResponses();
    new TreeMap<>(operation.getResponses()).forEach(sorted::addApiResponse);
    operation.setResponses(sorted);
  }

  private static Content problemContent() {
    return new Content()
        .addMediaType(
            PROBLEM_JSON,
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
  }

  private static Schema<?> binary() {
    return new BinarySchema();
  }

  @SuppressWarnings("rawtypes")
  private static Schema problem() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "type",
        new StringSchema()
            .format("uri-reference")
            .description("What kind of problem: its page at /problems/{name} explains it"));
    properties.put("title", new StringSchema().description("The kind of problem, in words"));
    properties.put(
        "status", new IntegerSchema().format("int32").description("The HTTP status code"));
    properties.put("detail", new StringSchema().description("What went wrong this time"));
    properties.put(
        "instance", new StringSchema().format("uri-reference").description("The request's path"));
    properties.put(
        "errors",
        new ArraySchema()
            .items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
            .description("For bad input: each field and what is wrong with it"));
    ObjectSchema problem = new ObjectSchema();
    problem.setProperties(properties);
    problem.setRequired(List.of("type", "title", "status"));
    problem.setDescription("An RFC 9457 problem document");
    return problem;
  }

  @SuppressWarnings("rawtypes")
  private static Schema fieldError() {
    Map<String, Schema> properties = new LinkedHashMap<>();
    properties.put(
        "field", new StringSchema().description("The field, as named in the request (a.b[0])"));
    properties.put("message", new StringSchema().description("What is wrong, in words"));
    ObjectSchema error = new ObjectSchema();
    error.setProperties(properties);
    error.setRequired(List.of("field", "message"));
    return error;
  }

  /** Whether the handler answers an empty {@code ResponseEntity<Void>} (204). */
  private static boolean answersNothing(HandlerMethod handler) {
    return handler.getMethod().getReturnType() == ResponseEntity.class
        && bodyType(handler) == Void.class;
  }

  private static Type bodyType(HandlerMethod handler) {
    Type type = handler.getMethod().getGenericReturnType();
    return type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : null;
  }

  /**
   * The operation's name: the one its {@code @Operation} gives, or the handler's method name
   * followed by what its controller is about ({@code add} in {@code TeamApiController}: {@code
   * addTeam}), unless the method's name says it already.
   */
  static String operationId(Operation operation, HandlerMethod handler) {
    io.swagger.v3.oas.annotations.Operation annotation =
        handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
    if (annotation != null && !annotation.operationId().isBlank()) {
      return annotation.operationId();
    }
    String method = handler.getMethod().getName();
    String noun = handler.getBeanType().getSimpleName().replace("ApiController", "");
    if (method.toLowerCase(Locale.ROOT).contains(noun.toLowerCase(Locale.ROOT))) {
      return method;
    }
    return method + noun;
  }
}
