package dev.retention.testkit;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts one Kafka cluster per test class (before {@code @BeforeAll} methods run) and injects it as a
 * {@link TestKafka} parameter into constructors, lifecycle methods and test methods. The cluster is stopped when
 * the class's extension context closes, after {@code @AfterAll}. {@code @Nested} classes share their enclosing
 * class's cluster when they ask for the same kind.
 *
 * <p>Usually registered through {@link KafkaCluster}; {@code @ExtendWith(KafkaClusterExtension.class)} alone
 * gives the defaults of {@link KafkaCluster}.
 */
public final class KafkaClusterExtension implements ExecutionCondition, BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(KafkaClusterExtension.class);

    /** Skips (reported as skipped, with the reason) a class that cannot run on the cluster the environment gives. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestMethod().isPresent() || context.getTestClass().isEmpty()) {
            return ConditionEvaluationResult.enabled("decided per class");
        }
        return plan(context).skipReason()
                .map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("a Kafka cluster can be provided"));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        handle(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return handle(extensionContext).kafka();
    }

    /**
     * The class's cluster, started on first use: normally in {@link #beforeAll}, but with
     * {@code @TestInstance(PER_CLASS)} the constructor is resolved first.
     */
    private static ClusterHandle handle(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        ClusterPlan plan = plan(classContext);
        plan.skipReason().ifPresent(reason -> Assumptions.abort(reason));
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent(plan, ClusterHandle::start, ClusterHandle.class);
    }

    private static ClusterPlan plan(ExtensionContext classContext) {
        return ClusterPlan.resolve(annotation(classContext), TestEnvironment.current());
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    /** The annotation on the test class or, for {@code @Nested} classes, the nearest enclosing class. */
    private static KafkaCluster annotation(ExtensionContext classContext) {
        Class<?> type = classContext.getTestClass().orElse(null);
        while (type != null) {
            Optional<KafkaCluster> found = AnnotationSupport.findAnnotation(type, KafkaCluster.class);
            if (found.isPresent()) {
                return found.get();
            }
            type = type.getEnclosingClass();
        }
        return Defaults.class.getAnnotation(KafkaCluster.class);
    }

    @KafkaCluster
    private static final class Defaults {
    }
}
