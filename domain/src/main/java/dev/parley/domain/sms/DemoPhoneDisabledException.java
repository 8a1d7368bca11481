package dev.parley.domain.sms;

import dev.parley.domain.shared.NotFoundException;

/** The phone simulator and the fake SMS provider exist only in demo mode. */
public class DemoPhoneDisabledException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public DemoPhoneDisabledException() {
        super("demo_disabled", "This Parley installation is not a demo; there is no phone simulator.");
    }
}
