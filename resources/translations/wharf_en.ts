<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="53"/>
        <source>Wharf needs a display to show its window, and none was found (DISPLAY is not set). Run it from a desktop session, under a virtual display with &quot;xvfb-run wharf&quot;, or without a window with &quot;wharf --headless&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="67"/>
        <source>Connects customers&apos; WooCommerce stores to CartonCloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="72"/>
        <source>Keep Wharf&apos;s data file in &lt;dir&gt; instead of the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="73"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="76"/>
        <source>Run without a window until stopped with SIGTERM or Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="78"/>
        <source>Run on a throw-away demo data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="82"/>
        <source>Run &quot;wharf --help&quot; to see what Wharf accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="95"/>
        <source>Unknown command &quot;%1&quot;. Run &quot;wharf --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/main.cpp" line="105"/>
        <source>Wharf cannot create a temporary folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Database</name>
    <message>
        <location filename="../../core/store/database.cpp" line="140"/>
        <source>The data file %1 is damaged or is not a Wharf data file. Wharf has not changed it: move it aside or restore it from a backup, then start Wharf again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/database.cpp" line="145"/>
        <source>The data file %1 is locked by another program. Close the other copy of Wharf (or the program holding the file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/database.cpp" line="150"/>
        <source>Wharf cannot write to its data file %1. Check that your user may write to that file and its folder, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/database.cpp" line="154"/>
        <source>Wharf cannot use its data file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/database.cpp" line="163"/>
        <source>Wharf cannot create its data folder %1. Check that your user may write there, or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/database.cpp" line="169"/>
        <source>The data file %1 is a folder or a device, not a file. Choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/database.cpp" line="189"/>
        <source>The data file %1 was written by a newer version of Wharf (data version %2; this version knows up to %3). Install the newer Wharf; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Health</name>
    <message>
        <location filename="../../core/model/health.cpp" line="37"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/health.cpp" line="39"/>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/health.cpp" line="41"/>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/health.cpp" line="43"/>
        <source>Failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/model/health.cpp" line="45"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::IntegrationRegistry</name>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="20"/>
        <source>Give the integration a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="25"/>
        <source>This customer already has an integration called &quot;%1&quot;. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="36"/>
        <source>Enter the consumer secret of the store&apos;s REST API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="47"/>
        <source>Saved; waiting for its first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="59"/>
        <source>The integration was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="96"/>
        <source>The changes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="108"/>
        <source>This integration no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/store/integrationregistry.cpp" line="123"/>
        <source>The integration was deleted, but its secret could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::KeychainSecretStore</name>
    <message>
        <location filename="../../core/secrets/keychainsecretstore.cpp" line="34"/>
        <source>the system keychain (service &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/keychainsecretstore.cpp" line="86"/>
        <source>The keychain has no secret for this entry; enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/keychainsecretstore.cpp" line="92"/>
        <source>The keychain refused access. Unlock it or allow Wharf to use it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/keychainsecretstore.cpp" line="98"/>
        <source>No keychain is available, so Wharf cannot store secrets. Start your desktop&apos;s keychain (Secret Service, such as GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/keychainsecretstore.cpp" line="105"/>
        <source>The keychain did not answer as expected (%1). Check that it is running and unlocked, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="20"/>
        <source>Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="23"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="24"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="26"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="27"/>
        <source>&amp;About Wharf…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="30"/>
        <source>Data file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="41"/>
        <source>&lt;h2&gt;Connect WooCommerce stores to CartonCloud&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="43"/>
        <source>Wharf turns your customers&apos; WooCommerce orders into CartonCloud outbound orders as soon as they reach &lt;i&gt;Processing&lt;/i&gt;, sends tracking back when they are packed or dispatched, and completes them on dispatch.&lt;br&gt;&lt;br&gt;&lt;b&gt;No CartonCloud account is connected yet.&lt;/b&gt; Connect the account of your warehouse first; then set up an integration for each customer&apos;s store. Each integration costs $10 per week, billed weekly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="53"/>
        <source>Nothing is syncing yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="54"/>
        <source>%n CartonCloud account(s) connected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="68"/>
        <source>About Wharf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="69"/>
        <source>&lt;b&gt;Wharf %1&lt;/b&gt;&lt;br&gt;Self-managed WooCommerce integrations for CartonCloud warehouses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::MemorySecretStore</name>
    <message>
        <location filename="../../core/secrets/memorysecretstore.cpp" line="13"/>
        <source>No keychain is available, so Wharf cannot store secrets. Start your desktop&apos;s keychain (Secret Service) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/memorysecretstore.cpp" line="32"/>
        <source>No secret is stored for this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/secrets/memorysecretstore.cpp" line="55"/>
        <source>memory only (demo): secrets are forgotten when Wharf quits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::Repository</name>
    <message>
        <location filename="../../core/store/repository.cpp" line="20"/>
        <location filename="../../core/store/repository.cpp" line="40"/>
        <source>Wharf could not read or write its data file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::net::HttpClient</name>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="144"/>
        <source>%1 redirects to an unencrypted address (%2). Wharf never leaves an encrypted connection for an unencrypted one; ask the site&apos;s administrator to fix the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="153"/>
        <source>%1 redirects to another address (%2). Wharf does not send credentials to another address: enter that address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="275"/>
        <source>The secure connection to %1 failed: %2. Wharf only connects to servers whose certificate it can verify; ask the server&apos;s administrator to install a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="278"/>
        <source>the certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="281"/>
        <source>The address %1 could not be found. Check its spelling and your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="287"/>
        <source>%1 refused the connection. Check the address, and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="291"/>
        <source>%1 did not answer in time. Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="296"/>
        <source>%1 sends Wharf round in redirects. Check the address, or ask the site&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="300"/>
        <source>%1 answered with something Wharf cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="303"/>
        <source>Wharf could not reach %1 (%2). Check your internet connection; Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="315"/>
        <source>%1 rejected the credentials. Check them and enter them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="319"/>
        <source>%1 refused access: the credentials lack a permission this needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="324"/>
        <source>%1 has no such item or address (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="333"/>
        <location filename="../../core/net/httpclient.cpp" line="343"/>
        <source>%1 had a temporary problem (HTTP %2). Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="337"/>
        <source>%1 asked Wharf to slow down. Wharf will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="346"/>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/net/httpclient.cpp" line="349"/>
        <source>%1 answered with something Wharf cannot read (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo</name>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="45"/>
        <source>The store at %1 sent an answer about %2 that Wharf cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::StoreUrl</name>
    <message>
        <location filename="../../core/woo/storeurl.cpp" line="49"/>
        <source>Enter the address of the store, for example https://shop.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/storeurl.cpp" line="61"/>
        <source>“%1” is not a web address. Enter the store&apos;s address, for example https://shop.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/storeurl.cpp" line="67"/>
        <source>“%1” is not a web address: it should start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::WooClient</name>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="156"/>
        <source>Wharf sends the keys in the address only over HTTPS; this store address is not HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="255"/>
        <source>the order list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="262"/>
        <source>its orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="322"/>
        <location filename="../../core/woo/wooclient.cpp" line="389"/>
        <location filename="../../core/woo/wooclient.cpp" line="407"/>
        <location filename="../../core/woo/wooclient.cpp" line="419"/>
        <location filename="../../core/woo/wooclient.cpp" line="495"/>
        <location filename="../../core/woo/wooclient.cpp" line="551"/>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="359"/>
        <source>the batch update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="392"/>
        <source>Order %1 could not be completed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="443"/>
        <location filename="../../core/woo/wooclient.cpp" line="491"/>
        <location filename="../../core/woo/wooclient.cpp" line="517"/>
        <location filename="../../core/woo/wooclient.cpp" line="572"/>
        <source>The store has no shipment-tracking plugin active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="458"/>
        <source>the list of carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="471"/>
        <source>its carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="522"/>
        <source>Order %1 has no tracking number to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="527"/>
        <source>Tracking number “%1” of order %2 contains characters that Advanced Shipment Tracking refuses (only letters, digits, hyphens and spaces are allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooclient.cpp" line="575"/>
        <source>tracking entry %1 on order %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wharf::woo::WooErrors</name>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="40"/>
        <source>The store rejected the consumer secret. Copy it again from WooCommerce → Settings → Advanced → REST API, or create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="44"/>
        <source>The store does not know this consumer key. Check that it was copied whole, and that the key was not revoked in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="48"/>
        <source>This key is read-only: create a Read/Write key in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="52"/>
        <source>This key is write-only: create a Read/Write key in WooCommerce → Settings → Advanced → REST API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="56"/>
        <source>The store rejected the request&apos;s signature, which usually means the consumer secret is wrong. Copy it again, or create a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="60"/>
        <source>The store rejected the request&apos;s time. Check that this computer&apos;s clock and time zone are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="65"/>
        <source>The store refused a repeated request signature. Wharf will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="68"/>
        <source>The store does not let WooCommerce keys reach this part of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="71"/>
        <source>The store rejected the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="77"/>
        <source>The store did not receive the whole request signature. A proxy or security plugin may be removing parameters; switching the store to HTTPS avoids signatures altogether.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="87"/>
        <source>The store did not accept the consumer key: it is unknown to the store, or the server removes the Authorization header before WooCommerce sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="91"/>
        <source>The key&apos;s WordPress user may not do this. Create the key for a user with the Shop manager or Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="98"/>
        <source>The store does not offer this function (%1). Check that the plugin it belongs to is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="105"/>
        <source>The store has no such item: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="106"/>
        <location filename="../../core/woo/wooerrors.cpp" line="127"/>
        <source>The store has no %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/woo/wooerrors.cpp" line="113"/>
        <source>The store refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
