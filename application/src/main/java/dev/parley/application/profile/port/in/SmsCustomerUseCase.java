package dev.parley.application.profile.port.in;

import dev.parley.domain.shared.PhoneNumber;
import dev.parley.domain.shared.VisitorId;

/** Who is texting: the customer whose profile has this phone, or a new one. Runs in the caller's transaction. */
public interface SmsCustomerUseCase {

    /**
     * The visitor behind the profile with this phone (the most recently updated one, when the store gave the number to
     * several); a new visitor with a profile holding only the number when none has it.
     */
    VisitorId customerWithPhone(PhoneNumber phone);

    /**
     * Gives a store user (made if new) this name and phone, keeping their email and location: how demo mode gives its
     * demo customer the phone the simulator texts from.
     */
    VisitorId giveStoreUserPhone(String storeUserId, String name, PhoneNumber phone);
}
