package shop.payments;

import jakarta.validation.Valid;

/**
 * The payments module's API: what orders and customers ask of payments. The module runs in the shop's process or in
 * payments-service, behind this one interface; {@code shop.payments.mode} decides at deploy time which. What it is
 * given is checked ({@code @Valid}) wherever it runs.
 */
public interface Payments {

    /**
     * Charges an order, once: the order id is the charge's idempotency key, so asking again for the same order gives
     * the first charge's answer instead of a second charge.
     *
     * @throws PaymentDeclined     the card was declined
     * @throws PaymentRejected     payments refused the request itself; asking again gives the same answer
     * @throws PaymentsUnavailable payments could not be reached or did not answer in time; the charge may or may not
     *                             have been made, and asking again for the same order is safe
     */
    Payment charge(@Valid PaymentRequest request);

    /**
     * Keeps a customer's card for later checkouts; from then on the shop knows it by the returned token only.
     *
     * @throws PaymentRejected     payments refused the card
     * @throws PaymentsUnavailable payments could not be reached or did not answer in time
     */
    StoredCard storeCard(@Valid CardDetails card);
}
