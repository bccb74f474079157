package io.kmipserver.server.cli;

/** Command-line entry point of kmip-server. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("kmip-server: not built yet");
    }
}
