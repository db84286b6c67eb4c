# syntax=docker/dockerfile:1
# Golden Thread in a container: built with the Maven wrapper on a JDK, run on a JRE as a user
# without privileges, from the Spring Boot jar's layers (dependencies change less often than the
# application, so a rebuild after a code change reuses the dependency layers).
# See README, "Containers and a systemd service".

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY src src
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -Dmaven.test.skip=true package
RUN java -Djarmode=tools -jar target/golden-thread-0.1.0-SNAPSHOT.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:21-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system golden-thread \
    && useradd --system --gid golden-thread --home-dir /opt/golden-thread --shell /usr/sbin/nologin golden-thread
WORKDIR /opt/golden-thread
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER golden-thread
ENV SPRING_PROFILES_ACTIVE=prod \
    MANAGEMENT_SERVER_PORT=8081 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Xms64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40 -XX:MetaspaceSize=160m -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000" \
    MALLOC_ARENA_MAX=2
EXPOSE 8080 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 \
    CMD curl -fsS http://localhost:8081/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
