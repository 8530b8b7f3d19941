#pragma once

#include "contracttarget.h"

#include <QObject>

// Drives every endpoint of both Ping APIs over HTTP with good and bad payloads and checks status
// codes, bodies and transitions. Against ping-sandbox by default; see ContractTarget for others.
class TestSandboxContract : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // General (tst_sandbox_contract.cpp)
    void pingBothApis();
    void tenantHeaderRequired_data();
    void tenantHeaderRequired();
    void unknownEndpointAndMethod();
    void unreadableBodies_data();
    void unreadableBodies();
    void accountMatchesStartup();
    void apiSecretCheckedWhenConfigured();

    // Payments API (tst_sandbox_contract.cpp)
    void merchants();
    void createAndGetPaymentOrder();
    void createPaymentOrderValidation();
    void listPaymentOrdersWithRange();
    void updatePaymentOrder();
    void closePaymentOrder();
    void splitAndSettle();
    void dummyPayments_data();
    void dummyPayments();
    void paymentValidation();
    void payouts();

    // Payment Links API (tst_sandbox_contract_links.cpp)
    void createAndGetLink();
    void createLinkListsAllBadFields();
    void createLinkTypesAndRanges();
    void createLinkVatAsFraction();
    void createLinkLegacyLanguage();
    void createLinkTotalMismatch();
    void createLinkForUnknownOrClosedOrder();
    void listLinks();
    void getLinkErrors();
    void cancelLink();
    void distributeLink();
    void invoice();
    void receiptAndPaidLink();
    void declinedPaymentLeavesLinkPayable();
    void closedOrderTakesNoPayment();
    void linkExpiresAfterDueDate();
    void linkWithoutDueDateExpiresAfter30Days();
    void statusCallbacksAreRetried();

    // The current revision, x-api-version 2025-12-09 (tst_sandbox_contract_revision.cpp)
    void revisionOrderWithoutSplitTree();
    void revisionOrderListPages();
    void revisionMerchants();
    void revisionTenant();
    void revisionPaymentStatuses_data();
    void revisionPaymentStatuses();
    void revisionRefund();
    void revisionStopPayment();
    // ... of the Payment Links API (tst_sandbox_contract_revlinks.cpp)
    void revisionLinkMethods_data();
    void revisionLinkMethods();
    void revisionLocaleAndNorwegianVat();
    void revisionNorwegianCheckout();
    void revisionFlatErrors();
    void revisionLinkMetadataAndUrls();
    void revisionEmptyIdSegments_data();
    void revisionEmptyIdSegments();
    void revisionSmsDelivery();

private:
    void requireAdmin();

    ContractTarget m_target;
};
