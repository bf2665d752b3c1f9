package workshop.cli.start;

import workshop.cli.process.ChildProcess;
import workshop.cli.workspace.Application;

/** A service of the step's shop and the JVM that runs it. */
record RunningService(Application spec, ChildProcess process) {

    String healthUrl() {
        return "http://localhost:" + spec.port() + "/actuator/health";
    }
}
