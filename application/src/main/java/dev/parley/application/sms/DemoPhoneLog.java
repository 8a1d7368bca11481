package dev.parley.application.sms;

import dev.parley.application.sms.port.out.DemoPhonePort;
import dev.parley.application.sms.port.out.DemoPhonePort.DemoSms;
import dev.parley.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The fake provider's log, each change in a transaction of its own, so that no call to a webhook holds one. */
@ApplicationScoped
@Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = DomainException.class)
public class DemoPhoneLog {

    private DemoPhonePort phones;

    @Inject
    public DemoPhoneLog(DemoPhonePort phones) {
        this.phones = phones;
    }

    /** For CDI proxies only. */
    protected DemoPhoneLog() {}

    public void create(DemoSms sms) {
        phones.create(sms);
    }

    public void update(DemoSms sms) {
        phones.update(sms);
    }

    /** Moves a message on, only while it still has status {@code from}; whether this call moved it. */
    public boolean changeStatus(String sid, String from, String to, Instant now) {
        return phones.changeStatus(sid, from, to, now);
    }

    public List<DemoSms> awaitingCallback(Instant before, int limit) {
        return phones.awaitingCallback(before, limit);
    }
}
