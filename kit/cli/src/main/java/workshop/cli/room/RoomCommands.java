package workshop.cli.room;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import workshop.cli.Command;
import workshop.cli.Console;
import workshop.cli.Served;
import workshop.cli.UsageException;
import workshop.cli.exercise.Exercise;
import workshop.cli.workspace.Workspace;

/**
 * The room's three commands: {@code room} (the instructor's, which serves the room on the local network until
 * Ctrl-C), {@code join ADDRESS CODE [--name NAME]} and {@code leave} (the trainee's). Nothing is reported without
 * {@code join}.
 */
public final class RoomCommands {

    private static final int DEFAULT_PORT = 8099;
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private RoomCommands() {
    }

    public static Command room(Workspace workspace, Console console) {
        return arguments -> {
            int port = Served.port("room", arguments, DEFAULT_PORT);
            String code = code();
            List<String> exercises = workspace.steps().stream().flatMap(step -> Exercise.allOf(step).stream())
                    .map(exercise -> exercise.id().toString()).toList();
            try (RoomServer room = new RoomServer(code, exercises, new InetSocketAddress(port),
                    Clock.systemUTC())) {
                String host = addressOnTheNetwork();
                console.println("The room is open on http://" + host + ":" + room.port() + "/ (Ctrl-C closes it).");
                console.println("Trainees join with: ./workshop join " + host + ":" + room.port() + " " + code
                        + " [--name NAME]");
                long drawn = -1;
                while (!Thread.currentThread().isInterrupted()) {
                    if (room.changes() != drawn) {
                        drawn = room.changes();
                        console.println();
                        room.table().forEach(console::println);
                    }
                    Thread.sleep(2000);
                }
                return 0;
            } catch (IOException e) {
                console.println(console.failed("room: cannot serve on port " + port + " (" + e.getMessage()
                        + "); choose another with --port N"));
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        };
    }

    public static Command join(Workspace workspace, Console console) {
        return arguments -> {
            if (arguments.size() != 2 && !(arguments.size() == 4 && arguments.get(2).equals("--name"))) {
                throw new UsageException("join takes the room's address and code, e.g. ./workshop join 10.0.0.5:8099"
                        + " K7QX2M, and --name NAME if you want the room to show a name");
            }
            String address = arguments.get(0);
            String code = arguments.get(1).toUpperCase(Locale.ROOT);
            if (!RoomMembership.ADDRESS.matcher(address).matches() || !RoomMembership.CODE.matcher(code).matches()) {
                throw new UsageException("join: " + address + " " + arguments.get(1) + " is not an address (host or"
                        + " host:port) and a code of six letters and digits");
            }
            Optional<String> name = arguments.size() == 4 ? Optional.of(arguments.get(3)) : Optional.empty();
            Optional<String> refused = new RoomMembership(workspace).join(address, code, name);
            if (refused.isPresent()) {
                console.println(console.failed("join: " + refused.get() + "; nothing will be reported"));
                return 1;
            }
            console.println("Joined the room at " + address + ": after each check, the exercise's id and verdict go"
                    + " there (never code or file names). ./workshop leave stops it.");
            return 0;
        };
    }

    public static Command leave(Workspace workspace, Console console) {
        return arguments -> {
            if (!arguments.isEmpty()) {
                throw new UsageException("leave takes no arguments");
            }
            console.println(new RoomMembership(workspace).leave() ? "Left the room: checks report nothing any more."
                    : "This clone is in no room; nothing is reported.");
            return 0;
        };
    }

    /** This machine's address on the local network, as trainees' machines reach it; loopback when it has none. */
    private static String addressOnTheNetwork() throws IOException {
        return NetworkInterface.networkInterfaces().filter(RoomCommands::up)
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && address.isSiteLocalAddress())
                .map(InetAddress::getHostAddress).findFirst().orElse("127.0.0.1");
    }

    private static boolean up(NetworkInterface network) {
        try {
            return network.isUp() && !network.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }

    private static String code() {
        SecureRandom random = new SecureRandom();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return code.toString();
    }
}
