package dev.parley.server.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.conversation.port.out.AppendMessagePort;
import dev.parley.application.conversation.port.out.LoadConversationPort;
import dev.parley.application.conversation.port.out.LoadMessagesPort;
import dev.parley.application.conversation.port.out.LoadUploadPort;
import dev.parley.application.conversation.port.out.SaveConversationPort;
import dev.parley.application.conversation.port.out.StoreUploadPort;
import dev.parley.domain.conversation.Author;
import dev.parley.domain.conversation.Conversation;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.Message;
import dev.parley.domain.conversation.Upload;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadOwner;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Uploaded images as the database keeps them: their bytes, and which visitors were shown them. */
@OnArquillianServer
class UploadPersistenceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    StoreUploadPort stored;

    @Inject
    LoadUploadPort uploads;

    @Inject
    LoadConversationPort conversations;

    @Inject
    SaveConversationPort savedConversations;

    @Inject
    AppendMessagePort appended;

    @Inject
    LoadMessagesPort messages;

    @Test
    void an_upload_keeps_its_bytes_and_what_it_is() {
        byte[] png = png();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation conversation = fixtures.conversationSaying("Look at this", now);
        Upload upload = Upload.accept(
                UploadId.random(),
                UploadOwner.visitor(conversation.visitor()),
                "image/png",
                png,
                1_000_000,
                1_000_000,
                now);
        Tx.run(() -> stored.store(upload, png));

        Upload found = Tx.call(() -> uploads.find(upload.id())).orElseThrow();
        assertThat(found).isEqualTo(upload);
        assertThat(found.type()).isEqualTo(ImageType.PNG);
        assertThat(Tx.call(() -> uploads.data(upload.id())))
                .hasValueSatisfying(data -> assertThat(data).isEqualTo(png));
        assertThat(Tx.call(() -> uploads.find(UploadId.random()))).isEmpty();
        assertThat(Tx.call(() -> uploads.data(UploadId.random()))).isEmpty();
    }

    @Test
    void an_image_is_shown_to_the_visitors_in_whose_conversation_it_was_posted_only() {
        byte[] png = png();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Conversation conversation = fixtures.conversationSaying("Here is the photo", now);
        Conversation elsewhere = fixtures.conversationSaying("Something else", now);
        Upload upload = Upload.accept(
                UploadId.random(),
                UploadOwner.visitor(conversation.visitor()),
                "image/png",
                png,
                1_000_000,
                1_000_000,
                now);
        Tx.run(() -> stored.store(upload, png));
        assertThat(Tx.call(() -> uploads.shownInAnyConversation(upload.id())))
                .as("before it is posted")
                .isFalse();
        assertThat(Tx.call(() -> uploads.shownToVisitor(upload.id(), conversation.visitor())))
                .isFalse();

        Tx.run(() -> {
            Conversation open = conversations.findForUpdate(conversation.id()).orElseThrow();
            appended.append(
                    open.post(Author.visitor(), Optional.empty(), Optional.empty(), Optional.of(upload.ref()), now));
            savedConversations.update(open);
        });

        assertThat(Tx.call(() -> uploads.shownInAnyConversation(upload.id()))).isTrue();
        assertThat(Tx.call(() -> uploads.shownToVisitor(upload.id(), conversation.visitor())))
                .isTrue();
        assertThat(Tx.call(() -> uploads.shownToVisitor(upload.id(), elsewhere.visitor())))
                .isFalse();
        List<Message> thread = Tx.call(() -> messages.after(conversation.id(), 0, 10));
        assertThat(thread.get(thread.size() - 1).image()).contains(upload.ref());
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
