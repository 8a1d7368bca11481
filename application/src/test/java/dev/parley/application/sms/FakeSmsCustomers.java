package dev.parley.application.sms;

import dev.parley.application.conversation.port.in.PostCustomerSmsUseCase;
import dev.parley.application.profile.port.in.SmsCustomerUseCase;
import dev.parley.domain.conversation.ConversationId;
import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The customers and conversations the webhook hands a text to, as the profile and conversation contexts answer: one
 * customer per number, one open SMS conversation per customer, its messages numbered from 1.
 */
final class FakeSmsCustomers implements SmsCustomerUseCase, PostCustomerSmsUseCase {

    /** One message posted. */
    record Post(VisitorId customer, ConversationId conversation, long seq, String text, boolean answerable) {}

    final Map<PhoneNumber, VisitorId> customers = new LinkedHashMap<>();
    final Map<VisitorId, ConversationId> open = new LinkedHashMap<>();
    final List<Post> posts = new ArrayList<>();

    @Override
    public VisitorId customerWithPhone(PhoneNumber phone) {
        return customers.computeIfAbsent(phone, number -> VisitorId.random());
    }

    /** Store users given a phone, by their user id. */
    final Map<String, PhoneNumber> storeUsers = new LinkedHashMap<>();

    @Override
    public VisitorId giveStoreUserPhone(String storeUserId, String name, PhoneNumber phone) {
        storeUsers.put(storeUserId, phone);
        return customers.computeIfAbsent(phone, number -> VisitorId.random());
    }

    @Override
    public SmsPosted post(VisitorId customer, String text, boolean answerable) {
        boolean started = !open.containsKey(customer);
        ConversationId conversation = open.computeIfAbsent(customer, who -> ConversationId.random());
        long seq = posts.stream()
                        .filter(post -> post.conversation().equals(conversation))
                        .count()
                + 1;
        posts.add(new Post(customer, conversation, seq, text, answerable));
        return new SmsPosted(conversation, seq, started);
    }

    /** The texts posted, in order. */
    List<String> texts() {
        return posts.stream().map(Post::text).toList();
    }
}
