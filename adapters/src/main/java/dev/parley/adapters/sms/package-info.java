/**
 * The SMS provider over Twilio's Messaging API (driven): a message is sent with {@code POST
 * {base}/2010-04-01/Accounts/{account}/Messages.json} under HTTP Basic, and the provider's refusal ({@code code},
 * {@code status}, {@code Retry-After}) says whether to try again. The same adapter posts a signed form to a webhook
 * as such a provider does ({@code X-Twilio-Signature}), which is how demo mode's fake provider reaches Parley. The base
 * URL is the store's setting (https, or http on this machine only); no redirect is followed, and neither the auth
 * token nor a whole phone number is ever logged or put in an exception's message.
 */
package dev.parley.adapters.sms;
