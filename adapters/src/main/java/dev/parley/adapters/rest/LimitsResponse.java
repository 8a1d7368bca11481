package dev.parley.adapters.rest;

import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.RatingComment;
import java.util.Arrays;
import java.util.List;

/**
 * What a client must check before it sends, from this installation's configuration, so that no client hard-codes a
 * limit an operator may change ({@code docs/schemas/limits.schema.json}).
 *
 * @param messageMaxLength the longest message text accepted, in characters after trimming
 *     ({@code PARLEY_MESSAGE_MAX_LENGTH})
 * @param uploadMaxBytes the largest upload accepted, in bytes ({@code PARLEY_UPLOAD_MAX_BYTES})
 * @param uploadImageTypes the media types an upload may have
 * @param ratingCommentMaxLength the longest comment on a satisfaction rating, in characters after trimming
 */
public record LimitsResponse(
        int messageMaxLength, long uploadMaxBytes, List<String> uploadImageTypes, int ratingCommentMaxLength) {

    static LimitsResponse of(MessageTextPolicy text, UploadPolicy uploads) {
        return new LimitsResponse(
                text.maxLength(),
                uploads.maxBytes(),
                Arrays.stream(ImageType.values()).map(ImageType::mediaType).toList(),
                RatingComment.MAX_LENGTH);
    }
}
