package dev.parley.adapters.contract;

import dev.parley.adapters.rest.AccountRequest;
import dev.parley.adapters.rest.AccountResponse;
import dev.parley.adapters.rest.AgentResponse;
import dev.parley.adapters.rest.ApiKeyResponse;
import dev.parley.adapters.rest.ApiKeysResource;
import dev.parley.adapters.rest.AssistantSettingsEndpoint;
import dev.parley.adapters.rest.AssistedConversationsResource;
import dev.parley.adapters.rest.AuditResource;
import dev.parley.adapters.rest.AvailabilitySettingsEndpoint;
import dev.parley.adapters.rest.BehaviourSettingsEndpoint;
import dev.parley.adapters.rest.ChatSettingsEndpoint;
import dev.parley.adapters.rest.DemoCustomerResource;
import dev.parley.adapters.rest.DemoPhoneResource;
import dev.parley.adapters.rest.DesignSettingsEndpoint;
import dev.parley.adapters.rest.EmailNotificationSettingsEndpoint;
import dev.parley.adapters.rest.EmbeddingSettingsEndpoint;
import dev.parley.adapters.rest.FaqSettingsEndpoint;
import dev.parley.adapters.rest.HandoffSettingsResource;
import dev.parley.adapters.rest.KnowledgeArticlesResource;
import dev.parley.adapters.rest.KnowledgeAskResource;
import dev.parley.adapters.rest.KnowledgeImportsResource;
import dev.parley.adapters.rest.LimitsResponse;
import dev.parley.adapters.rest.MacroRequest;
import dev.parley.adapters.rest.MacroResponse;
import dev.parley.adapters.rest.MacroVariableResponse;
import dev.parley.adapters.rest.MentionsResource;
import dev.parley.adapters.rest.NewPasswordRequest;
import dev.parley.adapters.rest.PasswordResetRequest;
import dev.parley.adapters.rest.Problem;
import dev.parley.adapters.rest.ProfileEventResponse;
import dev.parley.adapters.rest.ProfileResponse;
import dev.parley.adapters.rest.ProfilesResource;
import dev.parley.adapters.rest.RenderedMacroResponse;
import dev.parley.adapters.rest.ReportResource;
import dev.parley.adapters.rest.SessionProbeResponse;
import dev.parley.adapters.rest.SettingsJson;
import dev.parley.adapters.rest.SignInRequest;
import dev.parley.adapters.rest.SmsSettingsResource;
import dev.parley.adapters.rest.StrictJsonb;
import dev.parley.adapters.rest.TagsResource;
import dev.parley.adapters.rest.TeamMemberRequest;
import dev.parley.adapters.rest.TeamMemberResponse;
import dev.parley.adapters.rest.TeamPasswordRequest;
import dev.parley.adapters.rest.TeamRoleRequest;
import dev.parley.adapters.rest.TicketNotesResource;
import dev.parley.adapters.rest.TicketResource;
import dev.parley.adapters.rest.TicketSmsResource;
import dev.parley.adapters.rest.TicketTagsResource;
import dev.parley.adapters.rest.UploadResponse;
import dev.parley.adapters.rest.ViewsResource;
import dev.parley.adapters.rest.VisitorConversationResource;
import dev.parley.adapters.rest.VisitorMessagesResponse;
import dev.parley.adapters.rest.VisitorSessionResponse;
import dev.parley.adapters.rest.WebhooksResource;
import dev.parley.adapters.rest.WidgetConfigResponse;
import dev.parley.adapters.websocket.protocol.ClientFrame;
import dev.parley.adapters.websocket.protocol.ServerFrames;
import dev.parley.adapters.wire.ConversationJson;
import dev.parley.adapters.wire.ImageJson;
import dev.parley.adapters.wire.MessageJson;
import dev.parley.adapters.wire.NoteJson;
import dev.parley.adapters.wire.TicketJson;
import jakarta.json.bind.Jsonb;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The tables of Parley's wire contract: which JSON Schema under {@code docs/schemas} belongs to which record the
 * adapters write or read, and how the adapters write it. A new schema gets its pair here.
 */
final class WireContracts {

    /** The REST adapter's JSON-B. */
    static final Jsonb REST = new StrictJsonb().getContext(Object.class);

    /** How the adapters write a record: the REST adapter's JSON-B, or the WebSocket adapter's. */
    @SuppressWarnings("ImmutableEnumChecker") // the functions are stateless method references
    enum Writer {
        REST(WireContracts.REST::toJson),
        WEBSOCKET(ServerFrames::toJson);

        final Function<Object, String> json;

        Writer(Function<Object, String> json) {
            this.json = json;
        }
    }

    /** A schema and the record the server writes for it. */
    record Written(String schema, Class<? extends Record> record, Writer writer) {

        @Override
        public String toString() {
            return schema + " = " + record.getSimpleName();
        }
    }

    /**
     * A client frame's schema and the record the server reads it into.
     *
     * @param readElsewhere fields the frame may carry that the server reads outside the record
     */
    record Read(String schema, Class<? extends ClientFrame> record, Set<String> readElsewhere) {

        @Override
        public String toString() {
            return schema + " = " + record.getSimpleName();
        }
    }

    static final List<Written> WRITTEN = List.of(
            new Written("image.schema.json", ImageJson.class, Writer.WEBSOCKET),
            new Written("conversation.schema.json", ConversationJson.class, Writer.WEBSOCKET),
            new Written("message.schema.json", MessageJson.class, Writer.REST),
            new Written("ticket.schema.json", TicketJson.class, Writer.WEBSOCKET),
            new Written("note.schema.json", NoteJson.class, Writer.REST),
            new Written("rest/note-list.schema.json", TicketNotesResource.NoteList.class, Writer.REST),
            new Written("rest/mention-list.schema.json", MentionsResource.MentionList.class, Writer.REST),
            new Written("rest/mentions-seen.schema.json", MentionsResource.Seen.class, Writer.REST),
            new Written("limits.schema.json", LimitsResponse.class, Writer.REST),
            new Written("rest/widget-config.schema.json", WidgetConfigResponse.class, Writer.REST),
            new Written("rest/agent-session.schema.json", AgentResponse.class, Writer.REST),
            new Written("rest/agent-session-probe.schema.json", SessionProbeResponse.class, Writer.REST),
            new Written("rest/account.schema.json", AccountResponse.class, Writer.REST),
            new Written("rest/visitor-session.schema.json", VisitorSessionResponse.class, Writer.REST),
            new Written("rest/visitor-messages.schema.json", VisitorMessagesResponse.class, Writer.REST),
            new Written("rest/ticket-page.schema.json", TicketResource.Page.class, Writer.REST),
            new Written("rest/ticket-detail.schema.json", TicketResource.Detail.class, Writer.REST),
            new Written("rest/upload.schema.json", UploadResponse.class, Writer.REST),
            new Written("rest/demo-customer.schema.json", DemoCustomerResource.Body.class, Writer.REST),
            new Written("rest/macro.schema.json", MacroResponse.class, Writer.REST),
            new Written("rest/macro-variable.schema.json", MacroVariableResponse.class, Writer.REST),
            new Written("rest/rendered-macro.schema.json", RenderedMacroResponse.class, Writer.REST),
            new Written("rest/team-member.schema.json", TeamMemberResponse.class, Writer.REST),
            new Written("rest/api-key.schema.json", ApiKeyResponse.class, Writer.REST),
            new Written("rest/profile.schema.json", ProfileResponse.class, Writer.REST),
            new Written("rest/ticket-sidebar.schema.json", TicketResource.Sidebar.class, Writer.REST),
            new Written("rest/profile-event.schema.json", ProfileEventResponse.class, Writer.REST),
            new Written("rest/profile-event-page.schema.json", ProfilesResource.EventPage.class, Writer.REST),
            new Written("rest/problem.schema.json", Problem.class, Writer.REST),
            new Written("rest/audit-page.schema.json", AuditResource.Page.class, Writer.REST),
            new Written("rest/launcher-design.schema.json", SettingsJson.Design.class, Writer.REST),
            new Written("rest/settings-chat.schema.json", ChatSettingsEndpoint.Body.class, Writer.REST),
            new Written("rest/settings-assistant.schema.json", AssistantSettingsEndpoint.Body.class, Writer.REST),
            new Written("rest/settings-design.schema.json", DesignSettingsEndpoint.Body.class, Writer.REST),
            new Written("rest/settings-behaviour.schema.json", BehaviourSettingsEndpoint.Body.class, Writer.REST),
            new Written("rest/settings-availability.schema.json", AvailabilitySettingsEndpoint.Body.class, Writer.REST),
            new Written(
                    "rest/settings-email-notifications.schema.json",
                    EmailNotificationSettingsEndpoint.Body.class,
                    Writer.REST),
            new Written("rest/settings-embedding.schema.json", EmbeddingSettingsEndpoint.Body.class, Writer.REST),
            new Written("rest/settings-faqs.schema.json", FaqSettingsEndpoint.Body.class, Writer.REST),
            new Written("frames/server/pong.schema.json", ServerFrames.Pong.class, Writer.WEBSOCKET),
            new Written("frames/server/error.schema.json", ServerFrames.ErrorFrame.class, Writer.WEBSOCKET),
            new Written("frames/server/message.schema.json", MessageJson.class, Writer.WEBSOCKET),
            new Written("frames/server/ack.schema.json", ServerFrames.Ack.class, Writer.WEBSOCKET),
            new Written("frames/server/ready.schema.json", ServerFrames.Ready.class, Writer.WEBSOCKET),
            new Written("frames/server/opened.schema.json", ServerFrames.Opened.class, Writer.WEBSOCKET),
            new Written(
                    "frames/server/conversation.schema.json", ServerFrames.ConversationChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/typing.schema.json", ServerFrames.Typing.class, Writer.WEBSOCKET),
            new Written("frames/server/receipt.schema.json", ServerFrames.Receipt.class, Writer.WEBSOCKET),
            new Written("frames/server/inbox.schema.json", ServerFrames.Inbox.class, Writer.WEBSOCKET),
            new Written("frames/server/ticket.schema.json", ServerFrames.TicketChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/profile.schema.json", ServerFrames.ProfileChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/macros.schema.json", ServerFrames.MacrosChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/tags.schema.json", ServerFrames.TagsChanged.class, Writer.WEBSOCKET),
            new Written("rest/tag.schema.json", TagsResource.TagResponse.class, Writer.REST),
            new Written("rest/view.schema.json", ViewsResource.ViewResponse.class, Writer.REST),
            new Written("frames/server/settings.schema.json", ServerFrames.SettingsChanged.class, Writer.WEBSOCKET),
            new Written("frames/server/note.schema.json", ServerFrames.NoteAdded.class, Writer.WEBSOCKET),
            new Written("frames/server/mention.schema.json", ServerFrames.Mentioned.class, Writer.WEBSOCKET),
            new Written("frames/server/rated.schema.json", ServerFrames.Rated.class, Writer.WEBSOCKET),
            new Written("frames/server/presence.schema.json", ServerFrames.PresenceChanged.class, Writer.WEBSOCKET),
            new Written(
                    "frames/server/availability.schema.json", ServerFrames.TeamAvailability.class, Writer.WEBSOCKET),
            new Written("frames/server/contact.schema.json", ServerFrames.Contact.class, Writer.WEBSOCKET),
            new Written("rest/report-summary.schema.json", ReportResource.Summary.class, Writer.REST),
            new Written(
                    "rest/knowledge-article.schema.json", KnowledgeArticlesResource.ArticleResponse.class, Writer.REST),
            new Written(
                    "rest/knowledge-article-summary.schema.json",
                    KnowledgeArticlesResource.SummaryResponse.class,
                    Writer.REST),
            new Written("rest/knowledge-trial.schema.json", KnowledgeAskResource.Trial.class, Writer.REST),
            new Written(
                    "rest/knowledge-import-report.schema.json",
                    KnowledgeImportsResource.ReportResponse.class,
                    Writer.REST),
            new Written(
                    "rest/assistant-conversations.schema.json", AssistedConversationsResource.Page.class, Writer.REST),
            new Written(
                    "rest/assistant-conversation.schema.json",
                    AssistedConversationsResource.Transcript.class,
                    Writer.REST),
            new Written(
                    "rest/transcript.schema.json", VisitorConversationResource.TranscriptResponse.class, Writer.REST),
            new Written("rest/webhook.schema.json", WebhooksResource.WebhookResponse.class, Writer.REST),
            new Written("rest/webhooks.schema.json", WebhooksResource.OverviewResponse.class, Writer.REST),
            new Written("rest/webhook-delivery.schema.json", WebhooksResource.DeliveryResponse.class, Writer.REST),
            new Written("rest/webhook-deliveries.schema.json", WebhooksResource.DeliveriesResponse.class, Writer.REST),
            new Written(
                    "rest/settings-handoff.schema.json", HandoffSettingsResource.SettingsResponse.class, Writer.REST),
            new Written(
                    "rest/settings-handoff-zendesk.schema.json",
                    HandoffSettingsResource.ZendeskResponse.class,
                    Writer.REST),
            new Written(
                    "rest/settings-handoff-gorgias.schema.json",
                    HandoffSettingsResource.GorgiasResponse.class,
                    Writer.REST),
            new Written(
                    "rest/settings-handoff-test.schema.json", HandoffSettingsResource.TestResponse.class, Writer.REST),
            new Written("rest/settings-sms.schema.json", SmsSettingsResource.SettingsResponse.class, Writer.REST),
            new Written("rest/settings-sms-test.schema.json", SmsSettingsResource.TestResponse.class, Writer.REST),
            new Written("rest/ticket-sms.schema.json", TicketSmsResource.TicketSms.class, Writer.REST),
            new Written("rest/sms-message-state.schema.json", TicketSmsResource.SmsMessageState.class, Writer.REST),
            new Written(
                    "rest/demo-phone-messages.schema.json", DemoPhoneResource.PhoneThreadResponse.class, Writer.REST),
            new Written("rest/demo-phone-message.schema.json", DemoPhoneResource.Message.class, Writer.REST));

    static final List<Read> READ = List.of(
            new Read("frames/client/hello.schema.json", ClientFrame.Hello.class, Set.of("userId", "userHash")),
            new Read("frames/client/send.schema.json", ClientFrame.Send.class, Set.of()),
            new Read("frames/client/open.schema.json", ClientFrame.Open.class, Set.of()),
            new Read("frames/client/close.schema.json", ClientFrame.Close.class, Set.of()),
            new Read("frames/client/end.schema.json", ClientFrame.End.class, Set.of()),
            new Read("frames/client/rate.schema.json", ClientFrame.Rate.class, Set.of()),
            new Read("frames/client/contact.schema.json", ClientFrame.Contact.class, Set.of()),
            new Read("frames/client/handoff-email.schema.json", ClientFrame.HandoffEmail.class, Set.of()),
            new Read("frames/client/browse.schema.json", ClientFrame.Browse.class, Set.of()),
            new Read("frames/client/live.schema.json", ClientFrame.Live.class, Set.of()),
            new Read("frames/client/typing.schema.json", ClientFrame.Typing.class, Set.of()),
            new Read("frames/client/seen.schema.json", ClientFrame.Seen.class, Set.of()),
            new Read("frames/client/ping.schema.json", ClientFrame.Ping.class, Set.of()));

    /** A REST request body's schema and the record the REST adapter reads it into. */
    record Body(String schema, Class<? extends Record> record) {

        @Override
        public String toString() {
            return schema + " = " + record.getSimpleName();
        }
    }

    static final List<Body> BODIES = List.of(
            new Body("rest/account-change.schema.json", AccountRequest.class),
            new Body("rest/transcript-request.schema.json", VisitorConversationResource.TranscriptRequest.class),
            new Body("rest/sign-in.schema.json", SignInRequest.class),
            new Body("rest/team-member-new.schema.json", TeamMemberRequest.class),
            new Body("rest/team-password.schema.json", TeamPasswordRequest.class),
            new Body("rest/password-reset.schema.json", PasswordResetRequest.class),
            new Body("rest/password-reset-complete.schema.json", NewPasswordRequest.class),
            new Body("rest/team-role.schema.json", TeamRoleRequest.class),
            new Body("rest/macro-change.schema.json", MacroRequest.class),
            new Body("rest/knowledge-article-change.schema.json", KnowledgeArticlesResource.Request.class),
            new Body("rest/knowledge-ask.schema.json", KnowledgeAskResource.Request.class),
            new Body("rest/knowledge-import.schema.json", KnowledgeImportsResource.Request.class),
            new Body("rest/tag-change.schema.json", TagsResource.Request.class),
            new Body("rest/ticket-tag-add.schema.json", TicketTagsResource.Request.class),
            new Body("rest/view-change.schema.json", ViewsResource.Request.class),
            new Body("rest/note-change.schema.json", TicketNotesResource.Request.class),
            new Body("rest/mentions-seen-change.schema.json", MentionsResource.SeenRequest.class),
            new Body("rest/api-key-new.schema.json", ApiKeysResource.Request.class),
            new Body("rest/webhook-change.schema.json", WebhooksResource.Request.class),
            new Body("rest/settings-handoff-change.schema.json", HandoffSettingsResource.Request.class),
            new Body("rest/settings-sms-change.schema.json", SmsSettingsResource.Request.class),
            new Body("rest/settings-sms-test-request.schema.json", SmsSettingsResource.TestRequest.class),
            new Body("rest/demo-phone-send.schema.json", DemoPhoneResource.SendRequest.class),
            new Body("rest/ticket-assign.schema.json", restRecord("TicketRequests$Assign")),
            new Body("rest/ticket-snooze.schema.json", restRecord("TicketRequests$Snooze")),
            new Body("rest/settings-chat-change.schema.json", ChatSettingsEndpoint.Body.class),
            new Body("rest/settings-assistant-change.schema.json", AssistantSettingsEndpoint.Body.class),
            new Body("rest/settings-behaviour-change.schema.json", BehaviourSettingsEndpoint.Body.class),
            new Body("rest/settings-availability-change.schema.json", AvailabilitySettingsEndpoint.Body.class),
            new Body(
                    "rest/settings-email-notifications-change.schema.json",
                    EmailNotificationSettingsEndpoint.Body.class),
            new Body("rest/settings-faqs-change.schema.json", FaqSettingsEndpoint.Body.class),
            new Body("rest/settings-embedding-change.schema.json", EmbeddingSettingsEndpoint.Request.class),
            new Body("rest/settings-design-change.schema.json", DesignSettingsEndpoint.Body.class),
            new Body("rest/launcher-design-change.schema.json", SettingsJson.Design.class));

    /**
     * Fields a schema already describes (as optional) before its record has them, by schema file. Once the record
     * has the field this test fails until the field leaves this list (and becomes required where it always is).
     */
    static final Map<String, Set<String>> PENDING = Map.of();

    /**
     * Fields of a record that the shape of a schema file never carries (they are always null there, and JSON-B
     * leaves them out): a message in a thread is a {@link MessageJson} without the frame's type and conversation.
     */
    static final Map<String, Set<String>> NOT_ON_THE_WIRE =
            Map.of("message.schema.json", Set.of("type", "conversationId"));

    private WireContracts() {}

    /**
     * A body record of the REST adapter that only its resource sees (it is nested in a class private to the package),
     * by its binary name in {@code dev.parley.adapters.rest}.
     */
    private static Class<? extends Record> restRecord(String name) {
        try {
            return Class.forName("dev.parley.adapters.rest." + name).asSubclass(Record.class);
        } catch (ClassNotFoundException gone) {
            throw new LinkageError("no record dev.parley.adapters.rest." + name, gone);
        }
    }
}
