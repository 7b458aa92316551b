<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SkuPreflightResult</name>
    <message>
        <source>The product is inactive in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud has %1, which differs only in upper and lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no products for sale to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n SKU(s) match CartonCloud product codes</source>
        <extracomment>English: %1 of %n SKU matches a CartonCloud product code | %1 of %n SKUs match CartonCloud product codes</extracomment>
        <translation>
            <numerusform>%1 of %n SKU matches a CartonCloud product code</numerusform>
            <numerusform>%1 of %n SKUs match CartonCloud product codes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n have no match</source>
        <extracomment>English: %n has no match | %n have no match</extracomment>
        <translation>
            <numerusform>%n has no match</numerusform>
            <numerusform>%n have no match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) have no SKU</source>
        <extracomment>English: %n product has no SKU | %n products have no SKU</extracomment>
        <translation>
            <numerusform>%n product has no SKU</numerusform>
            <numerusform>%n products have no SKU</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s) are used more than once</source>
        <extracomment>English: %n SKU is used more than once | %n SKUs are used more than once</extracomment>
        <translation>
            <numerusform>%n SKU is used more than once</numerusform>
            <numerusform>%n SKUs are used more than once</numerusform>
        </translation>
    </message>
    <message>
        <source>The store&apos;s list was cut short: these counts cover what Wharf could read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No product code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf — Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AccountDialog</name>
    <message>
        <source>CartonCloud Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AccountRegistry</name>
    <message>
        <source>&quot;%1&quot; is not a web address. Use https://api.cartoncloud.com (or your region&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://: the client secret must not travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API client id and secret from CartonCloud (More → Self-Managed Integrations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API client has no CartonCloud tenant. Check the client in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This API client works for %n tenant(s); choose one.</source>
        <translation>
            <numerusform>This API client works for %n tenant; choose one.</numerusform>
            <numerusform>This API client works for %n tenants; choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>This API client cannot use tenant %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &quot;%1&quot; is not a customer of %2 in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CartonCloud account is no longer set up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AccountWidget</name>
    <message>
        <source>Find Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse admin: works for every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer user: works for one customer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (api.cartoncloud.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America (api.na.cartoncloud.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask CartonCloud which tenants this API client may use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf works through an API client of your CartonCloud account. An administrator creates it in CartonCloud (More → Self-Managed Integrations, or Settings → API Clients) and gives you its client id and secret. The secret is kept in %1, never in Wharf&apos;s data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API client&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API client&apos;s details, then click Find Tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your CartonCloud API, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API client&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API client&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Find Tenants and choose the tenant of your warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer this login belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the client secret from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not in the keychain any more. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking CartonCloud which tenants this API client may use…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud accepted the API client, but it may use no tenant. Ask the account owner to give it access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1. Reading the customers of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1. Choose your warehouse&apos;s tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) found. Click Save to use this connection.</source>
        <translation>
            <numerusform>%n customer found. Click Save to use this connection.</numerusform>
            <numerusform>%n customers found. Click Save to use this connection.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has changed; the account stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the API client with CartonCloud…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the client secret in %1… If the keychain asks to be unlocked, its window may be behind this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account saved; the client secret is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain answered after all: the account is saved, and its client secret is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain has not answered in %n second(s). It may be locked, waiting for you to unlock it in its own window, or not running. Unlock or start it, then click Save again.</source>
        <translation>
            <numerusform>The keychain has not answered in %n second. It may be locked, waiting for you to unlock it in its own window, or not running. Unlock or start it, then click Save again.</numerusform>
            <numerusform>The keychain has not answered in %n seconds. It may be locked, waiting for you to unlock it in its own window, or not running. Unlock or start it, then click Save again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting for the keychain. If it answers later, the account is saved then and this form says so; if it refuses, nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped waiting for CartonCloud. If it accepts the client after all, the account is saved then and this form says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret is not in Wharf&apos;s database any more. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::ActivityModel</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to see this order&apos;s timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped in CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AttentionModel</name>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Tried once. Fix the cause, then click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Tried %2 times. Fix the cause, then click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Fix the cause, then click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — 1 order</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n orders</source>
        <translation>
            <numerusform>%1 — %n order</numerusform>
            <numerusform>%1 — %n orders</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — 1 order, not sent to CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n orders, not sent to CartonCloud</source>
        <translation>
            <numerusform>%1 — %n order, not sent to CartonCloud</numerusform>
            <numerusform>%1 — %n orders, not sent to CartonCloud</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Not sent to CartonCloud on purpose; nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CartonCloud as an outbound order with the reference %1 (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AuthenticationForm</name>
    <message>
        <source>https://shop.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ck_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cs_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Wharf connects to the store with a WooCommerce REST API key. To create one, sign in to the store&apos;s WordPress:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open &lt;b&gt;WooCommerce → Settings → Advanced → REST API&lt;/b&gt; and click &lt;b&gt;Add key&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Choose &lt;b&gt;Read/Write&lt;/b&gt; permissions: Wharf reads new orders, marks them completed and adds tracking.&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Generate API key&lt;/b&gt; and copy the consumer key and the consumer secret below. WooCommerce shows the secret only once.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WooCommerce Shipment Tracking plugin answers, so tracking can be sent to this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Advanced Shipment Tracking plugin answers, so tracking can be sent to this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shipment tracking plugin answers on this store: orders can be completed, but tracking cannot be sent until the WooCommerce Shipment Tracking plugin is installed and activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to “%1”. The key can read and change orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::AuthenticationPage</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Wharf to the customer&apos;s WooCommerce store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::BillingCommand</name>
    <message>
        <source>billing takes no words after it, only options: --from DATE --to DATE, --csv or --json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --csv or --json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billing --to needs --from too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates such as 2026-11-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bill in this period: no integration existed during it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 00:00 to %2 00:00, %3%4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not over yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active day(s)</source>
        <translation>
            <numerusform>%n active day</numerusform>
            <numerusform>%n active days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 for %n integration-week(s), at $10 per integration per week.
</source>
        <translation>
            <numerusform>Total: %1 for %n integration-week, at $10 per integration per week.
</numerusform>
            <numerusform>Total: %1 for %n integration-weeks, at $10 per integration per week.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::BillingModel</name>
    <message numerus="yes">
        <source>%n integration(s)</source>
        <translation>
            <numerusform>%n integration</numerusform>
            <numerusform>%n integrations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 00:00 to %2 00:00, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) so far</source>
        <translation>
            <numerusform>%n day so far</numerusform>
            <numerusform>%n days so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of this week, up to today, on which the integration existed. A week is charged in full ($10) for any integration that existed during it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week, customer, integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::BillingPage</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this statement as a CSV file, one row per integration and week, to reconcile the CartonCloud invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last completed week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This week and the %n week(s) before it</source>
        <translation>
            <numerusform>This week and the %n week before it</numerusform>
            <numerusform>This week and the %n weeks before it</numerusform>
        </translation>
    </message>
    <message>
        <source>Weeks between two dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the billing statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last completed week, %1: %2 for %n integration(s).</source>
        <translation>
            <numerusform>Last completed week, %1: %2 for %n integration.</numerusform>
            <numerusform>Last completed week, %1: %2 for %n integrations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each integration costs $10 per week, billed weekly. A week runs from Monday 00:00 to the next Monday 00:00, %1 time. Billing starts when an integration is saved and stops when it is deleted; a paused integration is still billed. A week is charged in full for any integration that existed during it; the active days are shown to help you pass the cost on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to bill in this period: no integration existed during it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total for the period: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wharf-billing-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was not saved: %1. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::BusyIndicator</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::CancellationStage</name>
    <message>
        <source>Wharf could not confirm that it still syncs this integration; no order was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was %2 in WooCommerce, and its outbound order is no longer in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was %2 in WooCommerce after CartonCloud received it (%3 in CartonCloud, too late for Wharf to stop it). CartonCloud was not changed: stop it there if it should not ship, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was %2 in WooCommerce; Wharf deleted its outbound order in CartonCloud while it was %3, before picking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was %2 in WooCommerce after CartonCloud received it (CartonCloud refused to delete it while %3: %4). CartonCloud was not changed: stop it there if it should not ship, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::CliCommand</name>
    <message>
        <source>%1 takes an integration id (a number; see wharf integration list), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration %1. See: wharf integration list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::CommandLineTool</name>
    <message>
        <source>&quot;%1&quot; is not a command Wharf knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account connect needs --base-url and --client-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role is admin or customer, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer user works for one customer: name it with --customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud API client secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API client secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one with --tenant ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to CartonCloud tenant &quot;%1&quot; with %2 (account %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration add needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose --warehouse NAME or --default-warehouse, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options that contradict each other were given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-11-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a CartonCloud account first: wharf account connect --base-url URL --client-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer of %2 in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account works for one customer only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your warehouse has not allowed %1 to create its own integrations; ask the account owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret (cs_…): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the store&apos;s consumer secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: no shipment-tracking plugin answers on this store, so no tracking will be sent until one is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 &quot;%2&quot; added for %3; it starts with the next sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integrations yet. Add one with: wharf integration add …
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no integration %1. See: wharf integration list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (integration %2) for %3
  store: %4
  health: %5 — %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  needs attention: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration remove takes an integration id, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 &quot;%2&quot; deleted; its billing stopped and its history stays readable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync runs one cycle with --once; to keep syncing, run: wharf --headless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--integration takes an integration id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 new, %3 created, %4 need attention, %5 tracking sent, %6 completed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integrations to sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --restore to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  synced by: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: synced by %2, asked by this command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (secrets are read from standard input, never from arguments):
  wharf account connect --base-url URL --client-id ID [--tenant ID]
                        [--role admin|customer --customer ID|NAME]
  wharf integration add --name N --customer ID|NAME --store-url URL --consumer-key KEY
                        [--warehouse NAME | --default-warehouse] [--complete | --no-complete]
                        [--tracking | --no-tracking] [--since DATE | --all]
  wharf integration list [--json]
  wharf integration show ID [--json]
  wharf integration remove ID
  wharf integration attention ID [--json]
  wharf integration retry ID (--order NUMBER | --all) [--json]
  wharf integration pause ID [--json]
  wharf integration resume ID [--json]
  wharf integration update ID [--name N] [--customer ID|NAME]
                        [--warehouse NAME | --default-warehouse] [--complete | --no-complete]
                        [--tracking | --no-tracking] [--since DATE | --all]
                        [--stock-sync MINUTES | --no-stock-sync]
                        [--stop-cancelled | --no-stop-cancelled] [--json]
  wharf integration events ID [--order NUMBER] [--json]
  wharf sync --once [--integration ID] [--json]
  wharf billing [--from DATE [--to DATE]] [--csv | --json]
  wharf status [--json]   (exit status 0 all live, 1 attention, 2 failing)
Every command takes --json to print what it did as JSON.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::CompletionStage</name>
    <message>
        <source>Wharf could not confirm that it still syncs this integration; no order was completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was already completed in WooCommerce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 no longer exists in WooCommerce; it was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot; in WooCommerce, so Wharf did not complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce did not complete order %1: %2 Wharf tries again next cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 completed in WooCommerce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::CreationStage</name>
    <message>
        <source>Order %1 is now &quot;%2&quot; in WooCommerce, so it was not sent to CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 no longer exists in WooCommerce, so it was not sent to CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is &quot;%2&quot; in WooCommerce; it is sent to CartonCloud when it is in processing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not confirm that it still syncs this integration; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not record the order before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud did not confirm order %1 (%2). Wharf will check whether it arrived before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud asked Wharf to slow down; order %1 and the orders after it will be sent when the API client&apos;s limit allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud refused order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was deleted in CartonCloud. Press Retry to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was deleted in CartonCloud (%2); it is sent again, as asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was resolved in CartonCloud and is %2 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is still rejected in CartonCloud: resolve it or delete it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 had reached CartonCloud before Wharf was interrupted; it was linked, not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud refused order %1 as a duplicate of outbound order %2, which is not this order (its customer or reference differs, or it is gone). Nothing was linked; check the outbound orders with reference %3 in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 created in CartonCloud as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud created order %1 but rejected it (%2). Resolve it in CartonCloud; Wharf follows it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 already existed in CartonCloud (reference %2); Wharf linked it instead of creating another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 carries on after its change in WooCommerce was seen to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: Wharf cannot tell which of the order&apos;s lines refund %2 took back, so it cannot tell what is left to send. Check the refund in WooCommerce, then press Retry, or send the order by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was refunded in full in WooCommerce before it was sent, so it was not sent to CartonCloud. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::CustomerListModel</name>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 active integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active integrations</source>
        <translation>
            <numerusform>%n active integration</numerusform>
            <numerusform>%n active integrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Active integrations are billed at $10 per week each, whether live, paused or failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s users may create their own integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the warehouse can create integrations for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 integration failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n integrations failing</source>
        <translation>
            <numerusform>%n integration failing</numerusform>
            <numerusform>%n integrations failing</numerusform>
        </translation>
    </message>
    <message>
        <source>1 integration needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n integrations need attention</source>
        <translation>
            <numerusform>%n integration needs attention</numerusform>
            <numerusform>%n integrations need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>1 integration paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n integrations paused</source>
        <translation>
            <numerusform>%n integration paused</numerusform>
            <numerusform>%n integrations paused</numerusform>
        </translation>
    </message>
    <message>
        <source>1 integration starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n integrations starting</source>
        <translation>
            <numerusform>%n integration starting</numerusform>
            <numerusform>%n integrations starting</numerusform>
        </translation>
    </message>
    <message>
        <source>Green dot: %1 has a live integration (active and not paused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey dot: %1 has no live integration (none, or all paused).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::DashboardWidget</name>
    <message>
        <source>Connect your CartonCloud account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf works through your warehouse&apos;s CartonCloud API client. Connect it first; your customers then appear here, and you can set up a WooCommerce integration for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter customers by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are read from CartonCloud when the account is connected. If your API client may see only some customers, ask the account owner to grant it access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer on the left to see its WooCommerce integrations, the orders that need attention and what has happened lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure WooCommerce Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect one of this customer&apos;s WooCommerce stores to CartonCloud. Each integration costs $10 per week, billed weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this customer&apos;s users to create their own integrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When ticked, users who sign in as this customer can configure, reconfigure, pause and delete its integrations themselves. Each integration is billed to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is bound to no customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer user works for one customer. Open the Account screen and choose the customer this login belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only your warehouse can reconfigure, pause or delete these integrations; you can still sync now and retry orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted integrations (%1), whose history stays readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no WooCommerce integration yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Configure to connect one of its WooCommerce stores. You will need the store&apos;s address and a REST API key with Read/Write permission. Each integration costs $10 per week, billed weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your CartonCloud account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your warehouse has not allowed this customer to create its own integrations; ask the account owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission could not be saved to Wharf&apos;s data file. Check that the disk is not full, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the integration &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your warehouse has not allowed this customer to manage its own integrations; ask the account owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconfigure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the integration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing until resumed. A paused integration is still billed; delete it to stop billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying 1 order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n orders…</source>
        <translation>
            <numerusform>Retrying %n order…</numerusform>
            <numerusform>Retrying %n orders…</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry of all orders that need attention (1) requested from the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry of all orders that need attention (%n) requested from the dashboard.</source>
        <translation>
            <numerusform>Retry of all orders that need attention (%n) requested from the dashboard.</numerusform>
            <numerusform>Retry of all orders that need attention (%n) requested from the dashboard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now requested from the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused from the dashboard; orders are not synced until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed from the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration &quot;%1&quot; deleted from the dashboard; its billing stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was deleted. Its history stays readable under &quot;Show deleted integrations&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SKUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing for it stops now; this week is the last one charged. Wharf stops taking orders from %1 and stops sending tracking and completions back to it. Orders already in CartonCloud are not changed.

Its orders and activity stay readable here under &quot;Show deleted integrations&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Database</name>
    <message>
        <source>The data file %1 is damaged or is not a Wharf data file. Wharf has not changed it: move it aside or restore it from a backup, then start Wharf again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is locked by another program. Close the other copy of Wharf (or the program holding the file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot write to its data file %1. Check that your user may write to that file and its folder, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot use its data file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot create its data folder %1. Check that your user may write there, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 is a folder or a device, not a file. Choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of Wharf (data version %2; this version knows up to %3). Install the newer Wharf; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not bring its data file %1 up to date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy: another Wharf held it too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot use the database %1: %2. Check that the server runs, that the user and database exist, and that its password (if it needs one) is in ~/.pgpass, PGPASSFILE or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database address Wharf understands. Write it as postgresql://user@host:port/dbname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address %1 holds a password. Wharf does not take passwords on its command line or in its settings: put it in ~/.pgpass (or the file PGPASSFILE names) and leave it out of the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::DatabaseSecretStore</name>
    <message>
        <source>Wharf has no key to open the secrets in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets in the database were encrypted with another key (id %1) than the one Wharf was given (id %2): give this Wharf the same key as the other workers, or rotate with &quot;wharf secrets rotate-key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not start a transaction in its database to rotate the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 was encrypted with a key (id %2) that is neither the current key (id %3) nor the new one: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 cannot be decrypted with the current key: it was changed in the database. Nothing was changed; remove it or enter it again, then rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not commit the new key&apos;s secrets to its database; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database holds no secret for this entry; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret was encrypted with another key (id %1) than the one Wharf was given (id %2): give Wharf the key the other workers use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret in the database cannot be decrypted: it was changed or copied from another entry. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database, encrypted under key id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::DemoPanel</name>
    <message>
        <source>&lt;b&gt;Demo.&lt;/b&gt; A CartonCloud tenant and two WooCommerce stores run inside Wharf on this computer; nothing leaves it. Secrets are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store URL of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consumer key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consumer secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack and dispatch new orders by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack All Open Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch All Packed Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the Newest Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a New Order in Each Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1. Paste it into the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::DemoWorld</name>
    <message>
        <source>The demo could not start its loopback servers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already connected for Acme Apparel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected yet: select Müller &amp; Söhne GmbH and press Configure to try the setup wizard with these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outbound orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by hand in the demo warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::FinishPage</name>
    <message numerus="yes">
        <source>Sent to WooCommerce every %n minute(s)</source>
        <translation>
            <numerusform>Sent to WooCommerce every %n minute</numerusform>
            <numerusform>Sent to WooCommerce every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s default warehouse in CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the WooCommerce order Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves the WooCommerce order as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to WooCommerce when packed or dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret: replaced by the one you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the changes, then click Finish to save them. The integration carries on with the new settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the settings, then click Finish to save the integration and start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At go-live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the orders in Processing created on or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes all orders in Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On dispatch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed: Finish keeps the integration as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each integration costs $10 per week, billed weekly, from today until it is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the integration, with its consumer secret in %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The keychain has not answered in %n second(s). It may be locked, waiting for you to unlock it in its own window, or not running.</source>
        <translation>
            <numerusform>The keychain has not answered in %n second. It may be locked, waiting for you to unlock it in its own window, or not running.</numerusform>
            <numerusform>The keychain has not answered in %n seconds. It may be locked, waiting for you to unlock it in its own window, or not running.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting for the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it answers later, the integration is saved then and starts; if it refuses, nothing is kept. You can close the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain answered after all: the integration is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped in CartonCloud before picking, where allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled orders:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::FirstRunPage</name>
    <message>
        <source>Connect CartonCloud Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Keychain Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connect WooCommerce stores to CartonCloud&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf turns your customers&apos; WooCommerce orders into CartonCloud outbound orders as soon as they reach &lt;i&gt;Processing&lt;/i&gt;, sends tracking back when they are packed or dispatched, and completes them on dispatch.&lt;br&gt;&lt;br&gt;&lt;b&gt;No CartonCloud account is connected yet.&lt;/b&gt; Connect the account of your warehouse first; then set up an integration for each customer&apos;s store. Each integration costs $10 per week, billed weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that %1 answers, since your secrets will be kept there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is syncing yet. Your secrets will be kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain answers on this computer, and Wharf keeps secrets only there, never in a file. Start your desktop&apos;s keychain (GNOME Keyring, or KWallet with its Secret Service), or log in to a desktop session that has one, then click Check the Keychain Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked or refused Wharf. Unlock it (your login password usually does), allow Wharf when it asks, then click Check the Keychain Again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer as expected: %1 Check that it is running and unlocked, then click Check the Keychain Again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::FulfilmentForm</name>
    <message>
        <source>&amp;Complete fulfilment through CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;tracking information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When enabled, the WooCommerce order is marked Completed when its Sale Order is dispatched in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking information is sent to WooCommerce when the order is packed or dispatched, and updated when the tracking details change. This needs the WooCommerce Shipment Tracking plugin installed and activated in the store. The plugin is not needed for completing orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether a shipment tracking plugin answers on the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s Advanced Shipment Tracking plugin answers, so tracking can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s WooCommerce Shipment Tracking plugin answers, so tracking can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking cannot be sent: no shipment tracking plugin answers on this store. Install and activate the WooCommerce Shipment Tracking plugin in WordPress, then check the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not check the store for a tracking plugin, so the tracking setting is kept as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;stock levels to WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud&apos;s stock on hand is written to WooCommerce as each product&apos;s stock quantity, matched by SKU, for products and variations that manage stock. Products that do not manage stock are left alone, and every change is written to the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop ca&amp;ncelled orders in CartonCloud before picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an order CartonCloud already has is cancelled or refunded in WooCommerce, its Sale Order is deleted in CartonCloud while it is not yet picked, where your CartonCloud organisation allows that. Otherwise, and always once picking has begun, the order is listed as needing attention. Orders edited or put on hold after CartonCloud has them are always listed, never changed there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::FulfilmentPage</name>
    <message>
        <source>Fulfilment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Wharf writes back to WooCommerce as CartonCloud fulfils the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs the CartonCloud account&apos;s secret, which Wharf could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview needs a store that answers: check the store again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::HandOffSnapshot</name>
    <message>
        <source>%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping address now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shipping now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunds now total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was cancelled in WooCommerce after CartonCloud received it%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud was not changed: stop the outbound order there if it should not ship, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was refunded in WooCommerce after CartonCloud received it%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was partly refunded in WooCommerce after CartonCloud received it%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud was not changed: change the outbound order there if fewer items should ship, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was edited in WooCommerce after CartonCloud received it%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud was not changed: change the outbound order there to match, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is processing again in WooCommerce after a change of status%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the outbound order in CartonCloud, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was set to &quot;%2&quot; in WooCommerce after CartonCloud received it%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud was not changed: hold the outbound order there if it should wait, then choose Retry to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Health</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::HealthLegend</name>
    <message>
        <source>Green dot: the customer has a live integration (active, not paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amber: an integration has orders that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: an integration is failing and syncs nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey: paused, or no live integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntakeStage</name>
    <message>
        <source>%1 no longer answers as a WooCommerce store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1 now calls itself %2. Wharf keeps sending to %1; if the shop has moved, set up a new integration for the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 received from WooCommerce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 was %2 in WooCommerce after CartonCloud received it; Wharf stops its outbound order there if it is not yet picked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationCommands</name>
    <message>
        <source>%1 takes one integration id, e.g. wharf %1 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 &quot;%2&quot; was deleted; its history stays readable, but nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order of %1 needs attention.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of %1 that need attention (%2):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then: wharf integration retry %1 --order NUMBER (or --all)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry of all orders that need attention (%n) requested from the command line.</source>
        <translation>
            <numerusform>Retry of all orders that need attention (%n) requested from the command line.</numerusform>
            <numerusform>Retry of all orders that need attention (%n) requested from the command line.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no order %2. See: wharf integration attention %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 does not need attention (it is %2), so there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused from the command line; orders are not synced until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (done by %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration retry takes --order NUMBER or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s address cannot change: another store is another integration. Connect it with: wharf integration add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new consumer key is checked against the store first: reconfigure the integration in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options that contradict each other were given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--warehouse takes the warehouse&apos;s name, exactly as spelt in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a date such as 2026-11-01, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a customer of %2 in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account works for one customer only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 &quot;%2&quot; updated; the change applies from its next sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration %1 &quot;%2&quot; updated; %3 picks the change up before its next cycle.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no order %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stock-sync takes the minutes between two stock updates, from 5 to 1440.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integration update needs a setting to change: --name, --customer, --warehouse or --default-warehouse, --complete or --no-complete, --tracking or --no-tracking, --since or --all, --stock-sync or --no-stock-sync, --stop-cancelled or --no-stop-cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationDetail</name>
    <message>
        <source>Orders that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an order cannot be sent to CartonCloud or completed in WooCommerce, it appears here with the reason. Fix the cause, then click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected order in the store&apos;s WooCommerce admin, in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an order to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by order number, SKU or words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to All Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has happened yet. Each order received, sent to CartonCloud, packed, dispatched and completed is recorded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that need attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration was deleted; its orders can no longer be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the orders that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected order, or every order of the selected group, again, after you fixed the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every order that needs attention again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this list, one line per order with its cause, for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that need attention (%1), not sent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders not sent (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wharf-orders-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationPanel</name>
    <message>
        <source>Enter the Secret Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconfigure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Integration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one sync of this integration now, whatever its schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the store, its key, the warehouse or the fulfilment choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this integration and its billing; its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fulfilment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the sync engine yet. It may be busy with a long sync; the result will show in Activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (done by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No integration selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an integration to see its settings, health and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; it no longer syncs and is no longer billed. Its history is kept below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s default warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders created since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order in Processing, also those there at go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completes WooCommerce orders on dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not complete WooCommerce orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sends no tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received, %2 in CartonCloud, %3 dispatched; %4 need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the integration first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start syncing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing until resumed. A paused integration is still billed; delete it to stop billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check S&amp;KUs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the store&apos;s product and variation SKUs with the customer&apos;s product codes in CartonCloud, before an order waits for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock levels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to WooCommerce</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent to WooCommerce every %n minute(s)</source>
        <extracomment>English: Sent to WooCommerce every minute | Sent to WooCommerce every %n minutes</extracomment>
        <translation>
            <numerusform>Sent to WooCommerce every minute</numerusform>
            <numerusform>Sent to WooCommerce every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; last run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (it did not send every change: see the health above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationPipeline</name>
    <message>
        <source>The store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconfigure the integration with a valid Read/Write key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CartonCloud account&apos;s API client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf keeps trying, less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wharf has tried %n time(s) in a row and keeps trying, less often.</source>
        <translation>
            <numerusform>Wharf has tried %n time in a row and keeps trying, less often.</numerusform>
            <numerusform>Wharf has tried %n times in a row and keeps trying, less often.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) need attention.</source>
        <extracomment>English: %n order needs attention. | %n orders need attention.</extracomment>
        <translation>
            <numerusform>%n order needs attention.</numerusform>
            <numerusform>%n orders need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of order %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationRegistry</name>
    <message>
        <source>Give the integration a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer already has an integration called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer secret of the store&apos;s REST API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; waiting for its first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected: the integration &quot;%2&quot; of %3 syncs its orders. A store can have one integration only, or every order would be sent twice. Reconfigure or delete that integration instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was connected before as the integration &quot;%2&quot; of %3, deleted on %4. Restore it to keep its order history: orders it already sent to CartonCloud are not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no deleted integration to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the store this integration served (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored; waiting for its first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; was restored with its order history. This week was already charged for this store, so restoring it costs nothing more this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration &quot;%1&quot; was restored with its order history; billing starts again this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is another store than %2. Connect it as a new integration instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationTableModel</name>
    <message>
        <source>Today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; billing stopped then. Its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1. It no longer syncs and is no longer billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders go to the customer&apos;s default warehouse in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders go to the warehouse &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has finished without errors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders created in CartonCloud as outbound orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound orders not yet dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound orders dispatched by the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that need someone to act; select the integration to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders of this integration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationWizard</name>
    <message>
        <source>New WooCommerce integration for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconfigure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your CartonCloud login belongs to this customer, so its integrations are the ones you can set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An integration stays with its customer. To connect this store to another customer, delete this integration and create one for that customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your CartonCloud login can only set up integrations of its own customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your CartonCloud account owner has not given %1 permission to create its own Self-Managed Integrations. Please ask your account owner for this access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration was deleted while the wizard was open, so there is nothing to save the changes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring keeps its order history and sends no order twice. Your new name and settings are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::KeychainProgress</name>
    <message>
        <source>Stop waiting. Nothing is left half-saved: what the keychain refuses is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::KeychainSecretStore</name>
    <message>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no secret for this entry; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it or allow Wharf to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so Wharf cannot store secrets. Start your desktop&apos;s keychain (Secret Service, such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer as expected (%1). Check that it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Lease</name>
    <message>
        <source>the Wharf service on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Wharf window on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wharf sync --once&quot; on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wharf command on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::LocalCustomerDirectory</name>
    <message>
        <source>used by %1&apos;s other integrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::MainWindow</name>
    <message>
        <source>Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Wharf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Wharf %1&lt;/b&gt;&lt;br&gt;Self-managed WooCommerce integrations for CartonCloud warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud &amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconfigure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setting Up a Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No panels to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting Up a Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot reach CartonCloud for this account now, so it cannot compare SKUs. Open File → CartonCloud Account… to check the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not read the store&apos;s consumer secret from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;1. The CartonCloud API client (once per warehouse)&lt;/h3&gt;&lt;p&gt;In CartonCloud, open &lt;b&gt;More → Self-Managed Integrations&lt;/b&gt; and create an API client. Note its &lt;b&gt;client id&lt;/b&gt; and &lt;b&gt;client secret&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;In Wharf, open &lt;b&gt;File → CartonCloud Account…&lt;/b&gt;, choose the region, enter the client id and secret, press &lt;b&gt;Find Tenants&lt;/b&gt; and pick your tenant. %1&lt;/p&gt;&lt;h3&gt;2. The WooCommerce REST API key (once per store)&lt;/h3&gt;&lt;p&gt;In the store&apos;s WordPress admin, open &lt;b&gt;WooCommerce → Settings → Advanced → REST API&lt;/b&gt; and click &lt;b&gt;Add key&lt;/b&gt;. Choose a user who manages the shop, set &lt;b&gt;Permissions&lt;/b&gt; to &lt;b&gt;Read/Write&lt;/b&gt; and click &lt;b&gt;Generate API key&lt;/b&gt;. Copy the &lt;b&gt;consumer key&lt;/b&gt; and &lt;b&gt;consumer secret&lt;/b&gt; at once: WooCommerce shows the secret only this one time.&lt;/p&gt;&lt;h3&gt;3. The integration&lt;/h3&gt;&lt;p&gt;Select the customer on the dashboard and press &lt;b&gt;Configure WooCommerce Integration…&lt;/b&gt;. Wharf checks the key live and says exactly what is wrong if it does not work. Each integration costs $10 per week, billed weekly.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::MemorySecretStore</name>
    <message>
        <source>No keychain is available, so Wharf cannot store secrets. Start your desktop&apos;s keychain (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only (demo): secrets are forgotten when Wharf quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::MetricsServer</name>
    <message>
        <source>--metrics-listen takes an address and a port, such as 127.0.0.1:9108, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-listen takes a numeric address (or localhost), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a loopback address: /metrics names customers and has no password. Put a proxy with authentication in front of a loopback address, or add --metrics-allow-remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot serve metrics on %1:%2: the port is taken or not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::NameForm</name>
    <message>
        <source>e.g. Acme Apparel online shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name appears on the Integrations dashboard, in the activity log and on the weekly statement. Choose one that tells this store apart from the customer&apos;s other integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::NamePage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should this integration be called?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an integration called “%2”. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::OrderCreationForm</name>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another warehouse, by its name in CartonCloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s d&amp;efault warehouse in CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those created on or after a &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud warehouse the store&apos;s orders are created in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;warehouse the customer&apos;s orders already go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Brisbane DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer must have access to this warehouse in CartonCloud; otherwise CartonCloud refuses the orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders already in Processing when the integration starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration has started already; this choice applied when it went live. Orders that reach Processing are always taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that reach Processing after the integration starts are always taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the warehouses the customer&apos;s orders go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf knows no warehouses %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list shows the warehouses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::OrderCreationPage</name>
    <message>
        <source>Order Creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the store&apos;s orders go in CartonCloud, and which orders to take when the integration starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf knows no customers of this CartonCloud account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has an integration called “%2”. Go back to the Name step to choose another name, or choose another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot reach CartonCloud for this account now, so it cannot compare SKUs. Open File → CartonCloud Account… to check the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the store on the Authentication step first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::OrderMapper</name>
    <message>
        <source>Order %1 is a pickup order (%2). Pickup orders are not sent to CartonCloud; prepare it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no products to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 has no SKU in WooCommerce. Give the product an SKU that matches its CartonCloud product code, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %1: SKU %2 is not a product code of customer %3 in CartonCloud. Add the product in CartonCloud (or correct the SKU in WooCommerce), then press Retry.</source>
        <translation>
            <numerusform>Order %1: SKU %2 is not a product code of customer %3 in CartonCloud. Add the product in CartonCloud (or correct the SKU in WooCommerce), then press Retry.</numerusform>
            <numerusform>Order %1: SKU %2 is not a product code of customer %3 in CartonCloud. Add the product in CartonCloud (or correct the SKU in WooCommerce), then press Retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 has no complete delivery address (a name, street, city and country are needed). Complete it in WooCommerce, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: the quantity of %2 is not a whole number of units, which CartonCloud cannot pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 × %2 refunded before sending; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 × %3 refunded before sending; sent %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::OwnerRequest</name>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not pass the request on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Wharf answered within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry of order %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order no longer needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Wharf syncs this integration now; the order will be tried first when one does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No Wharf syncs this integration now; %n order(s) will be tried first when one does.</source>
        <translation>
            <numerusform>No Wharf syncs this integration now; %n order will be tried first when one does.</numerusform>
            <numerusform>No Wharf syncs this integration now; %n orders will be tried first when one does.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused. Orders are not synced until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed; waiting for a Wharf to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed; no Wharf syncs it now, so its orders are synced again when one starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a running Wharf can do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Repository</name>
    <message>
        <source>Wharf could not read or write its data file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not write to its data file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Schema</name>
    <message>
        <source>This store is also connected as the integration &quot;%1&quot;, which sends its orders to CartonCloud. Two integrations of one store would send each order twice: delete one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SecretKey</name>
    <message>
        <source>%1 does not hold a Wharf secret key: it must hold 32 random bytes or their Base64, such as &quot;wharf secrets generate-key --new-key-file PATH&quot; writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot read the secret key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file %1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key file %1 can be read or changed by other users (mode %2): make it readable by its owner only, with &quot;chmod 600 %1&quot;, and start Wharf again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SecretSentences</name>
    <message>
        <source>The CartonCloud API client secret is missing from the secrets in Wharf&apos;s database. Connect the CartonCloud account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud API client secret is missing from the demo&apos;s secrets, which live in memory only. Connect the CartonCloud account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud API client secret is missing from the keychain. Connect the CartonCloud account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s consumer secret is missing from the secrets in Wharf&apos;s database. Reconfigure the integration to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s consumer secret is missing from the demo&apos;s secrets, which live in memory only. Reconfigure the integration to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s consumer secret is missing from the keychain. Reconfigure the integration to enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud API client secret is missing from the secrets in Wharf&apos;s database, so no integration of this account can sync. Enter it again in the Account screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud API client secret is missing from the demo&apos;s secrets in memory, so no integration of this account can sync. Enter it again in the Account screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud API client secret is missing from the keychain, so no integration of this account can sync. Enter it again in the Account screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s consumer secret is missing from the secrets in Wharf&apos;s database, so this integration cannot sync. Enter it again with Reconfigure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s consumer secret is missing from the demo&apos;s secrets in memory, so this integration cannot sync. Enter it again with Reconfigure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s consumer secret is missing from the keychain, so this integration cannot sync. Enter it again with Reconfigure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was deleted, but its secret could not be removed from Wharf&apos;s database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was deleted, but its secret could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its consumer secret is removed from Wharf&apos;s database; to connect the store again, configure a new integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its consumer secret is forgotten; to connect the store again, configure a new integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its consumer secret is removed from the keychain; to connect the store again, configure a new integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, encrypted, in Wharf&apos;s database; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in memory for the demo; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved encrypted in Wharf&apos;s database, never in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for the demo, never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain, never in Wharf&apos;s data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept encrypted in Wharf&apos;s database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in memory for the demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept encrypted in Wharf&apos;s database, shared with the Wharf services that sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in memory for the demo, never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SecretsCommand</name>
    <message>
        <source>Wharf cannot create the key file %1 (it must not exist yet): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not write the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where secrets are kept: &quot;keychain&quot; (the desktop&apos;s, the default) or &quot;database&quot; (encrypted in the database under a master key, for servers; the default with a PostgreSQL --database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain|database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --secrets database: read the master key from &lt;file&gt;, which only its owner may read. A systemd credential named wharf-key comes first; on a desk, the keychain comes last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &quot;wharf secrets generate-key|rotate-key&quot;: the new master key&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets on servers (--secrets database: encrypted in the database under a master key read from
$CREDENTIALS_DIRECTORY/wharf-key, --secret-key-file FILE or, on a desk, the keychain):
  wharf secrets generate-key --new-key-file FILE   a new random master key in FILE (mode 600)
  wharf secrets rotate-key --new-key-file FILE     every secret encrypted again under FILE&apos;s key,
                                                   in one transaction
  wharf secrets import-key --secret-key-file FILE  the master key kept in this desk&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secrets takes &quot;keychain&quot; or &quot;database&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf keeps its secrets in the database (--secrets database) but has no key to open them: give it the master key as the systemd credential wharf-key or with --secret-key-file FILE (on a desk, &quot;wharf secrets import-key&quot; keeps it in the keychain), or create one with &quot;wharf secrets generate-key&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain&apos;s entry for the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wharf secrets %1&quot; works on secrets kept in the database: add --secrets database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;secrets %1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wharf secrets generate-key&quot; needs --new-key-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a new master key (id %1) to %2, readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wharf secrets rotate-key&quot; needs --new-key-file FILE (make one with &quot;wharf secrets generate-key&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets now encrypted under the new key (id %1): %2. Give every worker and console the new key file in place of the old one and restart them; the old key no longer opens anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;wharf secrets import-key&quot; needs --secret-key-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The master key (id %1) is now in %2; this desk opens the database&apos;s secrets without a key file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SettingsFile</name>
    <message>
        <source>Wharf cannot read its settings file %1: it does not exist or is not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf cannot read its settings file %1: it is not in the key=value format wharf(1) describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 holds &quot;%2&quot;, which is not a Wharf setting. It may hold: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the settings file %1, %2 takes true or false, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SkuPreflightDialog</name>
    <message>
        <source>Check SKUs — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SkuPreflightModel</name>
    <message>
        <source>%1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SkuPreflightView</name>
    <message>
        <source>Check &amp;SKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the SKU check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product and variation&apos;s SKU must be a product code of the customer in CartonCloud, or its orders wait. Check them now, before an order does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the store&apos;s products and variations and compare their SKUs with the customer&apos;s product codes in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every product and variation with its result as a CSV file for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Check SKUs again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wharf-sku-check-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU check could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::StatusCommand</name>
    <message>
        <source>status takes no words after it; add --json for a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) need attention.</source>
        <extracomment>English: %n order needs attention. | %n orders need attention.</extracomment>
        <translation>
            <numerusform>%n order needs attention.</numerusform>
            <numerusform>%n orders need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>No running Wharf syncs this integration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (synced by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: no integrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OK: %1 of %n integration(s) live.</source>
        <translation>
            <numerusform>OK: %1 of %n integration live.</numerusform>
            <numerusform>OK: %1 of %n integrations live.</numerusform>
        </translation>
    </message>
    <message>
        <source>ATTENTION: something needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILING: at least one integration is failing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::StatusWatchStage</name>
    <message>
        <source>Wharf could not record CartonCloud&apos;s order statuses in its data file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud reported more changed orders than Wharf reads in one cycle; the rest are read in the next cycles, none skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 is %2 in CartonCloud (was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::StockPreviewDialog</name>
    <message numerus="yes">
        <source>%n product(s) have an SKU that is not a product code of %1 and are left alone.</source>
        <translation>
            <numerusform>%n product has an SKU that is not a product code of %1 and is left alone.</numerusform>
            <numerusform>%n products have an SKU that is not a product code of %1 and are left alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) have no SKU.</source>
        <translation>
            <numerusform>%n product has no SKU.</numerusform>
            <numerusform>%n products have no SKU.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock Levels Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WooCommerce now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would become (CartonCloud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking CartonCloud for %1&apos;s stock on hand and reading the store&apos;s products… A stock report takes CartonCloud a little while; nothing is written to the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s catalogue was too large to read in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: every matching product manages its stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the store&apos;s products has an SKU that is a product code of %1 in CartonCloud, so no stock would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n would change to the warehouse&apos;s stock</source>
        <translation>
            <numerusform>%n would change to the warehouse&apos;s stock</numerusform>
            <numerusform>%n would change to the warehouse&apos;s stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already show(s) the warehouse&apos;s stock</source>
        <extracomment>English: %n already shows the warehouse&apos;s stock | %n already show the warehouse&apos;s stock</extracomment>
        <translation>
            <numerusform>%n already shows the warehouse&apos;s stock</numerusform>
            <numerusform>%n already show the warehouse&apos;s stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n do(es) not manage stock in WooCommerce</source>
        <extracomment>English: %n does not manage stock in WooCommerce | %n do not manage stock in WooCommerce</extracomment>
        <translation>
            <numerusform>%n does not manage stock in WooCommerce</numerusform>
            <numerusform>%n do not manage stock in WooCommerce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variation(s) share their product&apos;s stock</source>
        <extracomment>English: %n is a variation sharing its product&apos;s stock | %n are variations sharing their product&apos;s stock</extracomment>
        <translation>
            <numerusform>%n is a variation sharing its product&apos;s stock</numerusform>
            <numerusform>%n are variations sharing their product&apos;s stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share(s) an SKU with another product</source>
        <extracomment>English: %n shares its SKU with another product | %n share their SKU with other products</extracomment>
        <translation>
            <numerusform>%n shares its SKU with another product</numerusform>
            <numerusform>%n share their SKU with other products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the store&apos;s products have an SKU that is a product code of %1:</source>
        <extracomment>English: %n of the store&apos;s products has an SKU that is a product code of %1: | %n of the store&apos;s products have an SKU that is a product code of %1:</extracomment>
        <translation>
            <numerusform>%n of the store&apos;s products has an SKU that is a product code of %1:</numerusform>
            <numerusform>%n of the store&apos;s products have an SKU that is a product code of %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing would change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::StoreCheck</name>
    <message>
        <source>Reading the stored consumer secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf has no consumer secret stored for this store. Enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not read the stored consumer secret: %1 Or enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::SyncEngine</name>
    <message>
        <source>The CartonCloud account of this integration is no longer set up. Connect the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Orders are not synced until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Wharf took this integration over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf does not know which store this integration serves. Delete it and connect the store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is no longer known to Wharf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is paused: resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 received, %2 created, %3 tracking sent, %4 completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order will be tried again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order no longer needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order will be tried again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders will be tried again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is not syncing now; its orders will be tried when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration was paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed; orders are synced again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration&apos;s settings were picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not pass the request on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Wharf answered within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf is stopping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integration is not syncing now; the order will be tried with its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::TrackingStage</name>
    <message>
        <source>Wharf could not confirm that it still syncs this integration; no tracking was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not record the tracking before sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking %1 (%2) sent to WooCommerce for order %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no carrier named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce did not take tracking %1 for order %2: %3 Wharf tries again later; Retry tries at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 no longer exists in WooCommerce, so its tracking was not written and it was not completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 no longer exists in WooCommerce; its tracking is no longer followed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::TrayController</name>
    <message>
        <source>Open Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf: no integrations yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message>
        <source>1 needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live</source>
        <translation>
            <numerusform>%n live</numerusform>
            <numerusform>%n live</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused or not started</source>
        <translation>
            <numerusform>%n paused or not started</numerusform>
            <numerusform>%n paused or not started</numerusform>
        </translation>
    </message>
    <message>
        <source>Wharf: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Orders from this store are not reaching CartonCloud. Open Wharf to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf is still syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders keep flowing while the window is closed. To stop, use Quit Wharf in the tray menu or File → Quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::WmsCustomerDirectory</name>
    <message>
        <source>Wharf could not load the customers from CartonCloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not load the customers from CartonCloud, so the list is the one it last saw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not look up the warehouses the customer&apos;s orders go to: %1 Type the warehouse&apos;s name or use the customer&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seen on %1&apos;s recent orders in CartonCloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::catalogue::SkuPreflight</name>
    <message>
        <source>Reading the store&apos;s products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf is no longer connected to the store or to CartonCloud. Close this and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not read %1&apos;s product codes from CartonCloud: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading variations: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store&apos;s products: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not read the store&apos;s products: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing SKUs with product codes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::net::HttpClient</name>
    <message>
        <source>%1 redirects to an unencrypted address (%2). Wharf never leaves an encrypted connection for an unencrypted one; ask the site&apos;s administrator to fix the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects to another address (%2). Wharf does not send credentials to another address: enter that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Wharf only connects to servers whose certificate it can verify; ask the server&apos;s administrator to install a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 could not be found. Check its spelling and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. Check the address, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sends Wharf round in redirects. Check the address, or ask the site&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something Wharf cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wharf could not reach %1 (%2). Check your internet connection; Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the credentials. Check them and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access: the credentials lack a permission this needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no such item or address (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a temporary problem (HTTP %2). Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked Wharf to slow down. Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something Wharf cannot read (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::stock::StockSync</name>
    <message>
        <source>Stock was not sent: another Wharf may be syncing this integration now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::stock::StockSyncJob</name>
    <message numerus="yes">
        <source>Stock levels sent to WooCommerce: %n product(s) changed</source>
        <translation>
            <numerusform>Stock levels sent to WooCommerce: %n product changed</numerusform>
            <numerusform>Stock levels sent to WooCommerce: %n products changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already as in CartonCloud</source>
        <translation>
            <numerusform>, %n already as in CartonCloud</numerusform>
            <numerusform>, %n already as in CartonCloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n left alone</source>
        <translation>
            <numerusform>, %n left alone</numerusform>
            <numerusform>, %n left alone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n not taken by the store</source>
        <translation>
            <numerusform>, %n not taken by the store</numerusform>
            <numerusform>, %n not taken by the store</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock levels were not sent to WooCommerce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of %1 (SKU %2) set to %3 in WooCommerce (was %4), as in CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock of %1 (SKU %2) was not written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s catalogue was too large to read in full; the rest was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders sync as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The store did not take the stock of %n product(s); Activity says why.</source>
        <translation>
            <numerusform>The store did not take the stock of %n product; Activity says why.</numerusform>
            <numerusform>The store did not take the stock of %n products; Activity says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stock has not been sent in full %n time(s) in a row; Wharf keeps trying.</source>
        <translation>
            <numerusform>Stock has not been sent in full %n time in a row; Wharf keeps trying.</numerusform>
            <numerusform>Stock has not been sent in full %n times in a row; Wharf keeps trying.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wharf::wms::StockReportRun</name>
    <message numerus="yes">
        <source>CartonCloud&apos;s stock-on-hand report did not finish within %n minute(s); stock levels were not changed and the report is asked for again at the next interval.</source>
        <translation>
            <numerusform>CartonCloud&apos;s stock-on-hand report did not finish within %n minute; stock levels were not changed and the report is asked for again at the next interval.</numerusform>
            <numerusform>CartonCloud&apos;s stock-on-hand report did not finish within %n minutes; stock levels were not changed and the report is asked for again at the next interval.</numerusform>
        </translation>
    </message>
    <message>
        <source>the stock-on-hand report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud did not say which stock-on-hand report it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud could not produce the stock-on-hand report (the report run failed); stock levels were not changed and the report is asked for again at the next interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::wms::WmsClient</name>
    <message>
        <source>CartonCloud sent an answer about %1 that Wharf cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud rejected the API client&apos;s id or secret. Check them in CartonCloud (More → Self-Managed Integrations, or API Clients) and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CartonCloud tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API client&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s recent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s changed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud listed more than %L1 products for the customer and had not finished; Wharf stopped reading there so as not to report products it did not read as missing. Ask the warehouse whether the customer really has that many products.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::wms::WmsErrors</name>
    <message>
        <source>this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud rejected the API client&apos;s id or secret. Check them in CartonCloud (More → Self-Managed Integrations, or API Clients) and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CartonCloud API client may not reach %1. Ask the account&apos;s administrator to give it the role it needs (WMS Create Jobs for orders, TMS View Jobs for tracking) and access to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud refused %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud asked Wharf to slow down. Wharf will go on when CartonCloud allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud is down for maintenance. Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CartonCloud had a temporary problem (HTTP %1). Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::CredentialsCheck</name>
    <message>
        <source>The consumer key and the consumer secret are swapped: the key starts with ck_, the secret with cs_.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer key (it starts with ck_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer secret (it starts with cs_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the store at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer like a WordPress site (it has no /wp-json/). Check the address: it should be the address of the shop&apos;s home page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store uses “Plain” permalinks, with which WooCommerce does not accept API keys. In WordPress, open Settings → Permalinks, choose “Post name” (or any other structure) and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a WordPress site, but WooCommerce&apos;s REST API does not answer there. Check that the WooCommerce plugin is installed and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is on plain HTTP: orders and customer addresses travel unencrypted. Wharf signs every request (OAuth 1.0a), but switch the store to HTTPS as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the key can read orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store strips the Authorization header, so Wharf sends the key in the address instead (over HTTPS only). Your host can be asked to pass the header through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not know this consumer key. Check that it was copied whole, and that it was not revoked in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that the key can change orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key can read and change orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key can read and change orders of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce&apos;s REST API does not answer at %1. Check that the WooCommerce plugin is installed and active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s WordPress user may not manage orders. Create the key for a user with the Shop manager or Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the check (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site calls itself %1, but was reached at %2. Wharf sends the key only to %2. If the shop really is at %1, enter that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::StoreUrl</name>
    <message>
        <source>Enter the address of the store, for example https://shop.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the store&apos;s address, for example https://shop.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address: it should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::WooClient</name>
    <message>
        <source>Wharf sends the keys in the address only over HTTPS; this store address is not HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 could not be completed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no shipment-tracking plugin active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has no tracking number to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracking entry %1 on order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store at %1 sent an answer about %2 that Wharf cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the product list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the variations of product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refunds of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 has more refunds than Wharf reads (%2 pages); its quantities were not worked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::WooErrors</name>
    <message>
        <source>The store rejected the consumer secret. Copy it again from WooCommerce → Settings → Advanced → REST API, or create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not know this consumer key. Check that it was copied whole, and that the key was not revoked in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is read-only: create a Read/Write key in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is write-only: create a Read/Write key in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store rejected the request&apos;s signature, which usually means the consumer secret is wrong. Copy it again, or create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store rejected the request&apos;s time. Check that this computer&apos;s clock and time zone are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused a repeated request signature. Wharf will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not let WooCommerce keys reach this part of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store rejected the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not receive the whole request signature. A proxy or security plugin may be removing parameters; switching the store to HTTPS avoids signatures altogether.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not accept the consumer key: it is unknown to the store, or the server removes the Authorization header before WooCommerce sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s WordPress user may not do this. Create the key for a user with the Shop manager or Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store does not offer this function (%1). Check that the plugin it belongs to is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no such item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s web server refused the request (HTTP %1) with a page that is not WooCommerce&apos;s, as a firewall or security plugin does. Wharf will try again; if this goes on, ask the host to let Wharf&apos;s requests through.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::WooStockWriter</name>
    <message>
        <source>the stock update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not say whether it took the stock of product %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store did not take the stock of product %1: it does not manage that product&apos;s stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
