package dev.retention.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KafkaClasspathTest {

  @Test
  void theBuildRecordsTheKafkaServerAndALoggingBackendButNoPlatformCode() {
    KafkaClasspath classpath = KafkaClasspath.fromBuild();

    assertThat(classpath.entries()).extracting(p -> p.getFileName().toString())
        .anyMatch(name -> name.startsWith("kafka_2.13-"))
        .anyMatch(name -> name.startsWith("scala-library-"))
        .anyMatch(name -> name.startsWith("log4j-core-"))
        .anyMatch(name -> name.startsWith("log4j-slf4j2-impl-"))
        .noneMatch(name -> name.startsWith("contracts-"))
        .noneMatch(name -> name.startsWith("picocli-"))
        .as("the services' libraries stay off the broker's class path")
        .noneMatch(name -> name.startsWith("kafka-streams-"))
        .noneMatch(name -> name.startsWith("rocksdbjni-"))
        .noneMatch(name -> name.startsWith("javalin-"))
        .noneMatch(name -> name.startsWith("jetty-"))
        .noneMatch(name -> name.startsWith("micrometer-"))
        .noneMatch(name -> name.startsWith("interaction-events-"));
    assertThat(classpath.entries()).allMatch(Path::isAbsolute);
  }
}
