package dev.parley.adapters.rest;

import dev.parley.domain.conversation.ImageRef;

/**
 * The image a message shows.
 *
 * @param id the upload
 * @param contentType its media type
 * @param url where its bytes are ({@code GET}, with the same credentials as the conversation)
 */
public record ImageResponse(String id, String contentType, String url) {

    /** The path under which an upload's bytes are served. */
    static final String PATH = "/api/v1/uploads/";

    static ImageResponse of(ImageRef image) {
        return new ImageResponse(image.upload().toString(), image.type().mediaType(), PATH + image.upload());
    }
}
