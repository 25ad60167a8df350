# syntax=docker/dockerfile:1
#
# sopflow image. Used by docker-compose.yml; on its own:
#   docker build -t sopflow .
#   docker run -p 8080:8080 sopflow                      (demo: H2 database in /app/data, demo users)
# For production set SPRING_PROFILES_ACTIVE=postgres,prod and the SOPFLOW_* variables (see docker-compose.yml).
# JVM options go into JAVA_TOOL_OPTIONS.

# ---- build ----------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk-noble AS build
WORKDIR /build

# Wrapper and POM alone first: this layer (Maven itself and every dependency) is rebuilt only when pom.xml or the
# wrapper changes, not on every code change. go-offline alone fetches the plugins but resolves the dependencies
# without the BOMs' versions; dependency:resolve fetches the versions the build really uses (with both, the
# package step below needs nothing from the network).
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN ./mvnw -q -B dependency:go-offline dependency:resolve

COPY src/ src/
COPY processes/ processes/
COPY forms/ forms/
RUN ./mvnw -q -B -DskipTests package \
 && java -Djarmode=tools -jar target/sopflow-*.jar extract --layers --application-filename app.jar \
        --destination /layers

# ---- runtime --------------------------------------------------------------------------------------------------
FROM eclipse-temurin:17-jre-noble

# The health checks use curl. Temurin's images ship it today but only "for historical reasons"; install it should
# a future base image drop it.
RUN command -v curl > /dev/null \
 || { apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*; }

RUN groupadd --system --gid 10001 sopflow \
 && useradd --system --uid 10001 --gid sopflow --home-dir /app --no-create-home --shell /usr/sbin/nologin sopflow

# The working directory is where the application looks for processes/ and forms/: mount the process owners'
# folders there (read-only is enough) and a restart deploys their edits; without them the copies packaged in
# app.jar are deployed. data/ holds the H2 database of the demo profile; the postgres profile does not use it.
WORKDIR /app
RUN mkdir data && chown sopflow:sopflow data

# Layers from the least to the most frequently changed: libraries (lib/) rarely change, app.jar on every build.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./

USER 10001:10001
EXPOSE 8080

# Camunda creates or checks its schema on start: give it time before failed checks count.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://localhost:${SOPFLOW_PORT:-8080}/actuator/health" || exit 1

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
