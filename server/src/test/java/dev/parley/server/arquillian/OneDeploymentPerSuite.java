package dev.parley.server.arquillian;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;

/**
 * Deploys {@link ParleyDeployment} once for the whole run instead of once per test class: Parley takes seconds to
 * start, and every in-container test class would otherwise pay for it. The first test class generates and deploys
 * the archive; later ones share its deployment scenario (and so the deployment's protocol data); the archive is
 * undeployed once, before the server stops. Test classes therefore declare no {@code @Deployment} of their own.
 */
public class OneDeploymentPerSuite implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Deployer.class);
    }

    /** The observer that does it; one instance for the run. */
    public static class Deployer {

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> scenario;

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        private Event<GenerateDeployment> generate;

        @Inject
        private Event<UnDeployManagedDeployments> undeploy;

        private DeploymentScenario shared;
        private boolean generating;
        private boolean deployed;
        private boolean stopping;

        public void generateOnce(@Observes EventContext<GenerateDeployment> event) {
            if (generating) {
                event.proceed();
            } else if (shared == null) {
                generating = true;
                try {
                    generate.fire(new GenerateDeployment(new TestClass(ParleyDeployment.class)));
                } finally {
                    generating = false;
                }
                shared = scenario.get();
            } else {
                scenario.set(shared);
            }
        }

        public void deployOnce(@Observes EventContext<DeployManagedDeployments> event) {
            if (!deployed) {
                deployed = true;
                event.proceed();
            }
        }

        public void undeployWhenStopping(@Observes EventContext<UnDeployManagedDeployments> event) {
            if (stopping) {
                event.proceed();
            }
        }

        public void undeployBeforeStop(@Observes BeforeStop event) {
            if (!deployed || shared == null) {
                return;
            }
            stopping = true;
            classContext.get().activate(ParleyDeployment.class);
            try {
                scenario.set(shared);
                undeploy.fire(new UnDeployManagedDeployments());
            } finally {
                classContext.get().deactivate();
                classContext.get().destroy(ParleyDeployment.class);
                deployed = false;
            }
        }
    }
}
