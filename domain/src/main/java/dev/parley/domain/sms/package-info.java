/**
 * The SMS channel through a provider that speaks Twilio's Messaging API: the store's settings ({@link
 * dev.parley.domain.sms.SmsSettings}, the auth tokens sealed), the signature of the provider's requests ({@link
 * dev.parley.domain.sms.RequestSignature}), the keywords that opt a number out and back in ({@link
 * dev.parley.domain.sms.SmsKeywords}), the cost of a text in segments ({@link dev.parley.domain.sms.SmsSegments}) and
 * each reply's way to the phone ({@link dev.parley.domain.sms.OutgoingSms}, an outbox row whose state only moves
 * forward). Refers to conversations by their ids only.
 */
package dev.parley.domain.sms;
