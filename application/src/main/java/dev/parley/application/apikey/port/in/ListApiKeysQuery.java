package dev.parley.application.apikey.port.in;

import java.util.List;

/** Driven by the admins' REST API. */
public interface ListApiKeysQuery {

    /** Every key, revoked ones included, newest first. */
    List<ApiKeyView> list();
}
