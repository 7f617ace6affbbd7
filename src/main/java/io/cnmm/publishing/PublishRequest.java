package io.cnmm.publishing;

/** Who publishes the server's folders, and why. */
public record PublishRequest(String author, String message) {
}
