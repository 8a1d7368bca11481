package dev.parley.adapters.wire;

import dev.parley.domain.conversation.ImageRef;

/**
 * The image a message shows ({@code docs/schemas/image.schema.json}).
 *
 * @param id the upload
 * @param contentType its media type
 * @param url where its bytes are ({@code GET}, with the same credentials as the conversation)
 */
public record ImageJson(String id, String contentType, String url) {

    /** The path under which an upload's bytes are served. */
    public static final String PATH = "/api/v1/uploads/";

    public static ImageJson of(ImageRef image) {
        return new ImageJson(image.upload().toString(), image.type().mediaType(), PATH + image.upload());
    }
}
