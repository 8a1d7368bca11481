package dev.parley.application.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.conversation.port.in.MessageReceipt;
import dev.parley.application.conversation.port.in.MessageTextPolicy;
import dev.parley.application.conversation.port.in.MessageView;
import dev.parley.application.conversation.port.in.ReplyAsAgentCommand;
import dev.parley.application.conversation.port.in.SendVisitorMessageCommand;
import dev.parley.application.conversation.port.in.UploadImageCommand;
import dev.parley.application.conversation.port.in.UploadLimits;
import dev.parley.application.conversation.port.in.UploadPolicy;
import dev.parley.application.conversation.port.in.UploadView;
import dev.parley.application.limits.Admissions;
import dev.parley.domain.conversation.ClientMessageId;
import dev.parley.domain.conversation.ClientMessageIdReusedException;
import dev.parley.domain.conversation.ImageNotFoundException;
import dev.parley.domain.conversation.ImageType;
import dev.parley.domain.conversation.MessageText;
import dev.parley.domain.conversation.NotAnImageException;
import dev.parley.domain.conversation.UploadId;
import dev.parley.domain.conversation.UploadNotFoundException;
import dev.parley.domain.conversation.UploadOwner;
import dev.parley.domain.conversation.UploadTooLargeException;
import dev.parley.domain.shared.AgentId;
import dev.parley.domain.shared.VisitorId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageMessagesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    /** The start of a one-pixel PNG: the signature and the header chunk with its size. */
    private static final byte[] PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8
    };

    private static final String ADDRESS = "203.0.113.7";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryConversations conversations = new InMemoryConversations();
    private final InMemoryUploads uploads = new InMemoryUploads(conversations);
    private final UploadService uploading = new UploadService(
            uploads, uploads, new UploadPolicy(32, 10_000), UploadLimits.defaults(), (limit, key, amount) -> {}, clock);
    private final ConversationService service = new ConversationService(
            conversations,
            conversations,
            conversations,
            conversations,
            new RecordedActivity(),
            SettingsFakes.DEFAULT_BEHAVIOUR,
            SettingsFakes.ALWAYS_OPEN,
            news -> {},
            clock,
            Admissions.unlimited(),
            WritingLimits.generous(),
            uploads,
            MessageTextPolicy.storable());
    private final AgentReplyService replies = new AgentReplyService(
            conversations,
            conversations,
            conversations,
            conversations,
            new RecordedActivity(),
            news -> {},
            clock,
            uploads,
            MessageTextPolicy.storable());
    private final ConversationHistoryService history =
            new ConversationHistoryService(conversations, conversations, new NoAgents()::displayNames);
    private final VisitorId visitor = VisitorId.random();
    private final VisitorId stranger = VisitorId.random();
    private final AgentId ada = AgentId.random();
    private final AgentId bob = AgentId.random();

    @Test
    void a_visitor_sends_an_image_alone_and_reads_it_back() {
        UploadId image = upload(UploadOwner.visitor(visitor));

        MessageReceipt receipt = service.send(new SendVisitorMessageCommand(
                visitor,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId("c-1"),
                Optional.empty(),
                Optional.of(image)));

        MessageView shown = history.messagesAfter(receipt.conversation(), 0, 10).get(1);
        assertThat(shown.text()).isEmpty();
        assertThat(shown.image()).hasValueSatisfying(ref -> {
            assertThat(ref.upload()).isEqualTo(image);
            assertThat(ref.type()).isEqualTo(ImageType.PNG);
        });
    }

    @Test
    void a_visitor_may_not_show_someone_elses_upload() {
        UploadId theirs = upload(UploadOwner.visitor(stranger));
        UploadId agents = upload(UploadOwner.agent(ada));

        for (UploadId image : List.of(theirs, agents, UploadId.random())) {
            assertThatThrownBy(() -> service.send(new SendVisitorMessageCommand(
                            visitor,
                            "203.0.113.7",
                            Optional.empty(),
                            new ClientMessageId("c-" + image),
                            Optional.of(new MessageText("see")),
                            Optional.of(image))))
                    .isInstanceOf(ImageNotFoundException.class);
        }
        assertThat(conversations.all()).isEmpty();
    }

    @Test
    void an_agent_may_show_any_agents_upload_but_not_a_visitors() {
        MessageReceipt first = service.send(new SendVisitorMessageCommand(
                visitor, "203.0.113.7", Optional.empty(), new ClientMessageId("c-1"), new MessageText("Hello")));
        UploadId bobs = upload(UploadOwner.agent(bob));
        UploadId visitors = upload(UploadOwner.visitor(visitor));

        MessageReceipt reply = replies.reply(new ReplyAsAgentCommand(
                ada,
                first.conversation(),
                new ClientMessageId("a-1"),
                Optional.of(new MessageText("Here")),
                Optional.of(bobs)));

        assertThat(history.messagesAfter(first.conversation(), reply.seq() - 1, 1)
                        .get(0)
                        .image())
                .isPresent();
        assertThatThrownBy(() -> replies.reply(new ReplyAsAgentCommand(
                        ada,
                        first.conversation(),
                        new ClientMessageId("a-2"),
                        Optional.empty(),
                        Optional.of(visitors))))
                .isInstanceOf(ImageNotFoundException.class);
    }

    @Test
    void a_retry_must_repeat_text_and_image() {
        UploadId image = upload(UploadOwner.visitor(visitor));
        SendVisitorMessageCommand send = new SendVisitorMessageCommand(
                visitor,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId("c-1"),
                Optional.of(new MessageText("Look")),
                Optional.of(image));
        MessageReceipt first = service.send(send);

        assertThat(service.send(send)).isEqualTo(first);
        assertThatThrownBy(() -> service.send(new SendVisitorMessageCommand(
                        visitor, "203.0.113.7", Optional.empty(), new ClientMessageId("c-1"), new MessageText("Look"))))
                .isInstanceOf(ClientMessageIdReusedException.class);
        assertThat(conversations.all()).hasSize(2);
    }

    @Test
    void refuses_fake_and_oversized_images_and_stores_nothing() {
        assertThatThrownBy(() -> uploading.upload(new UploadImageCommand(
                        UploadOwner.visitor(visitor),
                        "image/png",
                        "<html>".getBytes(StandardCharsets.US_ASCII),
                        ADDRESS)))
                .isInstanceOf(NotAnImageException.class);
        assertThatThrownBy(() -> uploading.upload(new UploadImageCommand(
                        UploadOwner.visitor(visitor), "image/png", Arrays.copyOf(PNG, 33), ADDRESS)))
                .isInstanceOf(UploadTooLargeException.class);
        assertThat(uploading
                        .upload(new UploadImageCommand(
                                UploadOwner.visitor(visitor), "image/png", Arrays.copyOf(PNG, 32), ADDRESS))
                        .size())
                .isEqualTo(32);
        assertThat(uploads.count()).isEqualTo(1);
    }

    @Test
    void only_the_uploader_sees_an_upload_until_a_message_shows_it() {
        UploadId image = upload(UploadOwner.visitor(visitor));

        assertThat(uploading.image(image, UploadOwner.visitor(visitor)).data()).isEqualTo(PNG);
        assertThatThrownBy(() -> uploading.image(image, UploadOwner.visitor(stranger)))
                .isInstanceOf(UploadNotFoundException.class);
        assertThatThrownBy(() -> uploading.image(image, UploadOwner.agent(ada)))
                .isInstanceOf(UploadNotFoundException.class);

        service.send(new SendVisitorMessageCommand(
                visitor,
                "203.0.113.7",
                Optional.empty(),
                new ClientMessageId("c-1"),
                Optional.empty(),
                Optional.of(image)));

        assertThat(uploading.image(image, UploadOwner.agent(ada)).upload().contentType())
                .isEqualTo("image/png");
        assertThatThrownBy(() -> uploading.image(image, UploadOwner.visitor(stranger)))
                .isInstanceOf(UploadNotFoundException.class);
    }

    @Test
    void the_visitor_sees_an_agents_image_once_it_is_shown_in_their_conversation() {
        MessageReceipt first = service.send(new SendVisitorMessageCommand(
                visitor, "203.0.113.7", Optional.empty(), new ClientMessageId("c-1"), new MessageText("Hello")));
        UploadId image = upload(UploadOwner.agent(ada));
        assertThatThrownBy(() -> uploading.image(image, UploadOwner.visitor(visitor)))
                .isInstanceOf(UploadNotFoundException.class);
        assertThatThrownBy(() -> uploading.image(image, UploadOwner.agent(bob)))
                .isInstanceOf(UploadNotFoundException.class);

        replies.reply(new ReplyAsAgentCommand(
                ada, first.conversation(), new ClientMessageId("a-1"), Optional.empty(), Optional.of(image)));

        assertThat(uploading.image(image, UploadOwner.visitor(visitor)).data()).isEqualTo(PNG);
        assertThat(uploading.image(image, UploadOwner.agent(bob)).data()).isEqualTo(PNG);
        assertThatThrownBy(() -> uploading.image(image, UploadOwner.visitor(stranger)))
                .isInstanceOf(UploadNotFoundException.class);
    }

    private UploadId upload(UploadOwner owner) {
        UploadView stored = uploading.upload(new UploadImageCommand(owner, "image/png", PNG, ADDRESS));
        return stored.id();
    }
}
