package workshop.cli.start;

import workshop.cli.process.ChildProcess;

/** A service of the plan and the JVM that runs it. */
record RunningService(ServiceSpec spec, ChildProcess process) {

    String healthUrl() {
        return "http://localhost:" + spec.port() + "/actuator/health";
    }
}
