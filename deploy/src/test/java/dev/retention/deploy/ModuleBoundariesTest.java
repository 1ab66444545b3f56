package dev.retention.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The house rules of DESIGN.md, enforced twice: in the Maven poms (what a module may depend on at all) and in the
 * compiled classes (what a package may use). Services depend on contracts and runtime (tests on testkit), never on
 * each other; runtime holds no domain logic and depends on no service; nothing depends on deploy; no production class
 * uses testkit.
 */
class ModuleBoundariesTest {

  /** Service module -> its root package. */
  static final Map<String, String> SERVICES = Map.of(
      "interaction-events", "dev.retention.ingestion",
      "segmentation-streams", "dev.retention.segmentation",
      "churn-detector", "dev.retention.churn",
      "projection-service", "dev.retention.projection",
      "retention-cases", "dev.retention.cases");

  private static JavaClasses production;

  @BeforeAll
  static void importClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.retention");
  }

  @ParameterizedTest
  @ValueSource(strings = {"interaction-events", "segmentation-streams", "churn-detector", "projection-service",
      "retention-cases"})
  void shouldKeepEachServiceOffTheOtherServicesDeployAndTestkit(String module) {
    String own = SERVICES.get(module);
    List<String> forbidden = new ArrayList<>();
    SERVICES.values().stream().filter(pkg -> !pkg.equals(own)).forEach(pkg -> forbidden.add(pkg + ".."));
    forbidden.add("dev.retention.deploy..");
    forbidden.add("dev.retention.testkit..");
    noClasses().that().resideInAPackage(own + "..")
        .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
        .because("services talk only through topics (DESIGN.md, rules of the house)")
        .check(production);
  }

  @Test
  void shouldKeepContractsAndRuntimeFreeOfServicesAndDeploy() {
    List<String> above = new ArrayList<>();
    SERVICES.values().forEach(pkg -> above.add(pkg + ".."));
    above.add("dev.retention.deploy..");
    above.add("dev.retention.testkit..");
    noClasses().that().resideInAPackage("dev.retention.contracts..")
        .should().dependOnClassesThat().resideInAnyPackage(concat(above, "dev.retention.runtime.."))
        .because("contracts is the bottom of the stack")
        .check(production);
    noClasses().that().resideInAPackage("dev.retention.runtime..")
        .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
        .because("runtime is plumbing without domain logic, shared by every service")
        .check(production);
  }

  @Test
  void shouldSeeTheClassesItJudges() {
    // a rule over zero classes passes vacuously: make sure the modules' classes are on this test's class path
    Set<String> packages = production.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
    assertThat(packages).anyMatch(p -> p.startsWith("dev.retention.ingestion"))
        .anyMatch(p -> p.startsWith("dev.retention.contracts"))
        .anyMatch(p -> p.startsWith("dev.retention.runtime"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"contracts", "runtime", "testkit", "interaction-events", "segmentation-streams",
      "churn-detector", "projection-service", "retention-cases"})
  void shouldDeclareOnlyAllowedProjectDependenciesInThePom(String module) throws Exception {
    Set<String> allowed = switch (module) {
      case "contracts" -> Set.of("testkit:test");
      case "runtime" -> Set.of("contracts:compile", "testkit:test");
      case "testkit" -> Set.of();
      default -> Set.of("contracts:compile", "runtime:compile", "testkit:test");
    };
    for (String dependency : projectDependencies(Path.of("..", module, "pom.xml"))) {
      assertThat(allowed).as("%s may not depend on %s", module, dependency).contains(dependency);
    }
  }

  /** The module's dependencies on project modules, as "artifactId:scope". */
  private static List<String> projectDependencies(Path pom) throws Exception {
    assertThat(pom).exists();
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    NodeList dependencies = doc.getElementsByTagName("dependency");
    List<String> result = new ArrayList<>();
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      if (dependency.getParentNode().getParentNode().getNodeName().equals("dependencyManagement")) {
        continue;
      }
      if ("dev.retention".equals(text(dependency, "groupId"))) {
        String scope = text(dependency, "scope");
        result.add(text(dependency, "artifactId") + ":" + (scope == null ? "compile" : scope));
      }
    }
    return result;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
  }

  private static String[] concat(List<String> list, String extra) {
    List<String> all = new ArrayList<>(list);
    all.add(extra);
    return all.toArray(String[]::new);
  }
}
