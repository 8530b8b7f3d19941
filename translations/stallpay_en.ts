<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountPad</name>
    <message>
        <source>Add amount</source>
        <translation>Add amount</translation>
    </message>
    <message>
        <source>Amount or barcode</source>
        <translation>Amount or barcode</translation>
    </message>
    <message>
        <source>Type an amount in kronor and press Enter to add it; a scanned barcode adds its product</source>
        <translation>Type an amount in kronor and press Enter to add it; a scanned barcode adds its product</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Delete last digit</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Add the amount to the cart (Enter)</source>
        <translation>Add the amount to the cart (Enter)</translation>
    </message>
    <message>
        <source>Most goods</source>
        <translation>Most goods</translation>
    </message>
    <message>
        <source>Restaurant, hotel</source>
        <translation>Restaurant, hotel</translation>
    </message>
    <message>
        <source>Books, transport</source>
        <translation>Books, transport</translation>
    </message>
    <message>
        <source>No VAT</source>
        <translation>No VAT</translation>
    </message>
    <message>
        <source>VAT %1, %2</source>
        <translation>VAT %1, %2</translation>
    </message>
    <message>
        <source>VAT rate of the amount typed: %1 (%2)</source>
        <translation>VAT rate of the amount typed: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>BackupSettings</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Backups of the sales database</source>
        <translation>Backups of the sales database</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>A copy of the sales database now, beside the daily ones</source>
        <translation>A copy of the sales database now, beside the daily ones</translation>
    </message>
    <message>
        <source>Put the chosen copy back; Stallpay asks first and then starts again</source>
        <translation>Put the chosen copy back; Stallpay asks first and then starts again</translation>
    </message>
    <message>
        <source>A copy is made every day and before each update; the newest 14 are kept.</source>
        <translation>A copy is made every day and before each update; the newest 14 are kept.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>No backup yet. The first one is made today.</source>
        <translation>No backup yet. The first one is made today.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message numerus="yes">
        <source>The sales database goes back to the copy from %1, with %n sale(s). Sales made after it are not in the copy; the current file is kept in the backups folder (%2), so nothing is thrown away. Numbering goes on after the highest number this till has used, so no receipt or invoice number comes twice. Stallpay closes and starts again to put the copy in place.</source>
        <translation>
            <numerusform>The sales database goes back to the copy from %1, with %n sale. Sales made after it are not in the copy; the current file is kept in the backups folder (%2), so nothing is thrown away. Numbering goes on after the highest number this till has used, so no receipt or invoice number comes twice. Stallpay closes and starts again to put the copy in place.</numerusform>
            <numerusform>The sales database goes back to the copy from %1, with %n sales. Sales made after it are not in the copy; the current file is kept in the backups folder (%2), so nothing is thrown away. Numbering goes on after the highest number this till has used, so no receipt or invoice number comes twice. Stallpay closes and starts again to put the copy in place.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore and start again</source>
        <translation>&amp;Restore and start again</translation>
    </message>
    <message>
        <source>&amp;Keep the current database</source>
        <translation>&amp;Keep the current database</translation>
    </message>
    <message>
        <source>Stallpay starts again with the backup…</source>
        <translation>Stallpay starts again with the backup…</translation>
    </message>
</context>
<context>
    <name>BuyerCheck</name>
    <message>
        <source>Enter the buyer's name: the law wants it on the invoice.</source>
        <translation>Enter the buyer's name: the law wants it on the invoice.</translation>
    </message>
    <message>
        <source>Enter the buyer's street address.</source>
        <translation>Enter the buyer's street address.</translation>
    </message>
    <message>
        <source>Enter the buyer's town.</source>
        <translation>Enter the buyer's town.</translation>
    </message>
    <message>
        <source>A Swedish postcode has five digits, e.g. 123 45.</source>
        <translation>A Swedish postcode has five digits, e.g. 123 45.</translation>
    </message>
    <message>
        <source>Enter the buyer's postcode, e.g. 123 45.</source>
        <translation>Enter the buyer's postcode, e.g. 123 45.</translation>
    </message>
</context>
<context>
    <name>CallbackReceiver</name>
    <message>
        <source>Cannot receive status callbacks on %1:%2.</source>
        <translation>Cannot receive status callbacks on %1:%2.</translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CashChange</name>
    <message>
        <source>Cash &amp;given:</source>
        <translation>Cash &amp;given:</translation>
    </message>
    <message>
        <source>Cash given by the customer</source>
        <translation>Cash given by the customer</translation>
    </message>
    <message>
        <source>Type what the customer hands over; the change is shown beside it</source>
        <translation>Type what the customer hands over; the change is shown beside it</translation>
    </message>
    <message>
        <source>e.g. 200</source>
        <translation>e.g. 200</translation>
    </message>
    <message>
        <source>Change to give back</source>
        <translation>Change to give back</translation>
    </message>
    <message>
        <source>Type an amount in kronor, such as 200</source>
        <translation>Type an amount in kronor, such as 200</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 short</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
</context>
<context>
    <name>CatalogCsv</name>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>The price is missing.</source>
        <translation>The price is missing.</translation>
    </message>
    <message>
        <source>The price "%1" is not an amount in kronor such as 12,50.</source>
        <translation>The price "%1" is not an amount in kronor such as 12,50.</translation>
    </message>
    <message>
        <source>The barcode "%1" must be 8 to 14 digits.</source>
        <translation>The barcode "%1" must be 8 to 14 digits.</translation>
    </message>
    <message>
        <source>The barcode %1 is also on line %2.</source>
        <translation>The barcode %1 is also on line %2.</translation>
    </message>
    <message>
        <source>The colour "%1" is not a colour such as #f2b705.</source>
        <translation>The colour "%1" is not a colour such as #f2b705.</translation>
    </message>
    <message>
        <source>The position "%1" is not a whole number from 0.</source>
        <translation>The position "%1" is not a whole number from 0.</translation>
    </message>
    <message>
        <source>The VAT "%1" is not one of 25, 12, 6, 0 or %2.</source>
        <translation>The VAT "%1" is not one of 25, 12, 6, 0 or %2.</translation>
    </message>
    <message>
        <source>food</source>
        <translation>food</translation>
    </message>
    <message>
        <source>%1 cleared (was %2)</source>
        <translation>%1 cleared (was %2)</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 set to %2</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>barcode</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Cannot save the product: %1</source>
        <translation>Cannot save the product: %1</translation>
    </message>
    <message>
        <source>Cannot remove the product: %1</source>
        <translation>Cannot remove the product: %1</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;New product</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Price incl. VAT:</source>
        <translation>&amp;Price incl. VAT:</translation>
    </message>
    <message>
        <source>Price including VAT</source>
        <translation>Price including VAT</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Food (%1 now)</source>
        <translation>Food (%1 now)</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;VAT:</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;Barcode:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>Quick key colour</source>
        <translation>Quick key colour</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>Position of the quick key</source>
        <translation>Position of the quick key</translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <source>Clear the form for a new product (%1)</source>
        <translation>Clear the form for a new product (%1)</translation>
    </message>
    <message>
        <source>Save the product (%1)</source>
        <translation>Save the product (%1)</translation>
    </message>
    <message>
        <source>Remove the product from the quick keys; sales keep their lines (press twice)</source>
        <translation>Remove the product from the quick keys; sales keep their lines (press twice)</translation>
    </message>
    <message>
        <source>Add or update products from a CSV file, with a preview first</source>
        <translation>Add or update products from a CSV file, with a preview first</translation>
    </message>
    <message>
        <source>Save all products as a CSV file for a spreadsheet</source>
        <translation>Save all products as a CSV file for a spreadsheet</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Import products</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Export products</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1 already has this barcode.</source>
        <translation>%1 already has this barcode.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Press again to delete</source>
        <translation>Press again to delete</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n product(s).</source>
        <translation>
            <numerusform>Imported %n product.</numerusform>
            <numerusform>Imported %n products.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>#f2b705, or pick one below</source>
        <translation>#f2b705, or pick one below</translation>
    </message>
    <message>
        <source>%1 is more than %2. Check the price; press Save again to keep it.</source>
        <translation>%1 is more than %2. Check the price; press Save again to keep it.</translation>
    </message>
</context>
<context>
    <name>ColourChoice</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Brown</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A key without a colour of its own</source>
        <translation>A key without a colour of its own</translation>
    </message>
    <message>
        <source>Choose any colour</source>
        <translation>Choose any colour</translation>
    </message>
    <message>
        <source>Colour of the quick key</source>
        <translation>Colour of the quick key</translation>
    </message>
</context>
<context>
    <name>ColumnDocument</name>
    <message>
        <source>The printer does not take paper of %1 × %2 mm. Choose another printer or paper width in the settings.</source>
        <translation>The printer does not take paper of %1 × %2 mm. Choose another printer or paper width in the settings.</translation>
    </message>
    <message>
        <source>Cannot start printing. Check that the printer is switched on and connected.</source>
        <translation>Cannot start printing. Check that the printer is switched on and connected.</translation>
    </message>
    <message>
        <source>Printing failed part way. Check the printer and try again.</source>
        <translation>Printing failed part way. Check the printer and try again.</translation>
    </message>
</context>
<context>
    <name>ConnectForm</name>
    <message>
        <source>Test c&amp;onnection</source>
        <translation>Test c&amp;onnection</translation>
    </message>
    <message>
        <source>Demo (built-in sandbox, no account)</source>
        <translation>Demo (built-in sandbox, no account)</translation>
    </message>
    <message>
        <source>Ping sandbox (test account)</source>
        <translation>Ping sandbox (test account)</translation>
    </message>
    <message>
        <source>Production (real payments)</source>
        <translation>Production (real payments)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Custom address</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Payment service</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Custom &amp;address:</source>
        <translation>Custom &amp;address:</translation>
    </message>
    <message>
        <source>Custom address of the payment service</source>
        <translation>Custom address of the payment service</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Tenant ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Tenant ID</translation>
    </message>
    <message>
        <source>&amp;Merchant ID:</source>
        <translation>&amp;Merchant ID:</translation>
    </message>
    <message>
        <source>Merchant ID</source>
        <translation>Merchant ID</translation>
    </message>
    <message>
        <source>Split tree I&amp;D:</source>
        <translation>Split tree I&amp;D:</translation>
    </message>
    <message>
        <source>Split tree ID</source>
        <translation>Split tree ID</translation>
    </message>
    <message>
        <source>API se&amp;cret:</source>
        <translation>API se&amp;cret:</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>How Ping splits the money; from Ping Payments, if your account has one</source>
        <translation>How Ping splits the money; from Ping Payments, if your account has one</translation>
    </message>
    <message>
        <source>From Ping Payments, if your account has one</source>
        <translation>From Ping Payments, if your account has one</translation>
    </message>
    <message>
        <source>Result of the connection test</source>
        <translation>Result of the connection test</translation>
    </message>
    <message>
        <source>Enter the ID that Ping Payments gave you with your account.</source>
        <translation>Enter the ID that Ping Payments gave you with your account.</translation>
    </message>
    <message>
        <source>An ID from Ping Payments has 36 characters, like 123e4567-e89b-12d3-a456-426614174000; copy it again.</source>
        <translation>An ID from Ping Payments has 36 characters, like 123e4567-e89b-12d3-a456-426614174000; copy it again.</translation>
    </message>
    <message>
        <source>Enter the address of the payment service, e.g. https://pay.example.se.</source>
        <translation>Enter the address of the payment service, e.g. https://pay.example.se.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Correct the fields marked in red first.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Asking %1…</translation>
    </message>
    <message>
        <source>Ask the payment service whether it knows these IDs (%1)</source>
        <translation>Ask the payment service whether it knows these IDs (%1)</translation>
    </message>
    <message>
        <source>Checkout addresses:</source>
        <translation>Checkout addresses:</translation>
    </message>
    <message>
        <source>Addresses of the custom payment service's checkout pages</source>
        <translation>Addresses of the custom payment service's checkout pages</translation>
    </message>
    <message>
        <source>Only if not on the address above, e.g. https://checkout.example.se</source>
        <translation>Only if not on the address above, e.g. https://checkout.example.se</translation>
    </message>
    <message>
        <source>A payment link whose checkout page is anywhere else is refused: no QR code is drawn and nothing is sent. Several addresses are separated by spaces.</source>
        <translation>A payment link whose checkout page is anywhere else is refused: no QR code is drawn and nothing is sent. Several addresses are separated by spaces.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>The tenant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).</source>
        <translation>The tenant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).</translation>
    </message>
    <message>
        <source>The merchant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).</source>
        <translation>The merchant ID must look like 123e4567-e89b-12d3-a456-426614174000 (from Ping Payments).</translation>
    </message>
    <message>
        <source>Connected to %1. The tenant and the merchant are known there.</source>
        <translation>Connected to %1. The tenant and the merchant are known there.</translation>
    </message>
    <message>
        <source>Connected to %1. The merchant is "%2".</source>
        <translation>Connected to %1. The merchant is "%2".</translation>
    </message>
    <message>
        <source>%1 does not accept the API secret. Copy it again from Ping Payments.</source>
        <translation>%1 does not accept the API secret. Copy it again from Ping Payments.</translation>
    </message>
    <message>
        <source>%1 does not know this tenant ID. Check it against the one Ping Payments gave you.</source>
        <translation>%1 does not know this tenant ID. Check it against the one Ping Payments gave you.</translation>
    </message>
    <message>
        <source>The tenant has no merchant with this ID at %1. Check the merchant ID.</source>
        <translation>The tenant has no merchant with this ID at %1. Check the merchant ID.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2. Check the address and that this computer is online.</source>
        <translation>Cannot reach %1: %2. Check the address and that this computer is online.</translation>
    </message>
    <message>
        <source>Connected to %1, but Ping has denied the merchant "%2". Contact Ping Payments.</source>
        <translation>Connected to %1, but Ping has denied the merchant "%2". Contact Ping Payments.</translation>
    </message>
    <message>
        <source>Connected to %1, but the merchant "%2" is not yet approved by Ping. Payments work once Ping has approved it.</source>
        <translation>Connected to %1, but the merchant "%2" is not yet approved by Ping. Payments work once Ping has approved it.</translation>
    </message>
</context>
<context>
    <name>ContactValidator</name>
    <message>
        <source>Enter the customer's mobile number, e.g. 070-123 45 67.</source>
        <translation>Enter the customer's mobile number, e.g. 070-123 45 67.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces, dashes and a leading +.</source>
        <translation>A phone number has only digits, spaces, dashes and a leading +.</translation>
    </message>
    <message>
        <source>The number is too short. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</source>
        <translation>The number is too short. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</translation>
    </message>
    <message>
        <source>The number is too long. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</source>
        <translation>The number is too long. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</translation>
    </message>
    <message>
        <source>This is not a phone number. Type it as 070-123 45 67 or +46 70 123 45 67.</source>
        <translation>This is not a phone number. Type it as 070-123 45 67 or +46 70 123 45 67.</translation>
    </message>
    <message>
        <source>No such number exists. Check the digits: a Swedish mobile number starts with 07.</source>
        <translation>No such number exists. Check the digits: a Swedish mobile number starts with 07.</translation>
    </message>
    <message>
        <source>The number has the wrong length. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</source>
        <translation>The number has the wrong length. A Swedish mobile number has 10 digits: 07x-xxx xx xx.</translation>
    </message>
    <message>
        <source>This is not a mobile number, so it cannot receive an SMS. Swedish mobile numbers start with 07.</source>
        <translation>This is not a mobile number, so it cannot receive an SMS. Swedish mobile numbers start with 07.</translation>
    </message>
    <message>
        <source>Enter the customer's e-mail address, e.g. name@example.se.</source>
        <translation>Enter the customer's e-mail address, e.g. name@example.se.</translation>
    </message>
    <message>
        <source>An e-mail address has no spaces.</source>
        <translation>An e-mail address has no spaces.</translation>
    </message>
    <message>
        <source>An e-mail address has one @ with a name before it, e.g. name@example.se.</source>
        <translation>An e-mail address has one @ with a name before it, e.g. name@example.se.</translation>
    </message>
    <message>
        <source>The part after @ must be a domain such as example.se.</source>
        <translation>The part after @ must be a domain such as example.se.</translation>
    </message>
    <message>
        <source>The part before @ has characters an e-mail address cannot have.</source>
        <translation>The part before @ has characters an e-mail address cannot have.</translation>
    </message>
    <message>
        <source>A Swedish mobile number has 10 digits (07x-xxx xx xx); this one has %1.</source>
        <translation>A Swedish mobile number has 10 digits (07x-xxx xx xx); this one has %1.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>The system keychain is not available.</translation>
    </message>
    <message>
        <source>Cannot save to the system keychain.</source>
        <translation>Cannot save to the system keychain.</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (little-endian), which Stallpay does not read. Save it as "CSV UTF-8" (in Excel: Save as → CSV UTF-8) and import it again.</source>
        <translation>The file is in UTF-16 (little-endian), which Stallpay does not read. Save it as "CSV UTF-8" (in Excel: Save as → CSV UTF-8) and import it again.</translation>
    </message>
    <message>
        <source>The file is in UTF-16 (big-endian), which Stallpay does not read. Save it as "CSV UTF-8" (in Excel: Save as → CSV UTF-8) and import it again.</source>
        <translation>The file is in UTF-16 (big-endian), which Stallpay does not read. Save it as "CSV UTF-8" (in Excel: Save as → CSV UTF-8) and import it again.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as %1 (what Swedish Excel saves). If letters such as å, ä and ö look wrong, save the file as "CSV UTF-8" and import it again.</source>
        <translation>The file is not in UTF-8; it was read as %1 (what Swedish Excel saves). If letters such as å, ä and ö look wrong, save the file as "CSV UTF-8" and import it again.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import products — %1</source>
        <translation>Import products — %1</translation>
    </message>
    <message>
        <source>Lines of the file</source>
        <translation>Lines of the file</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready to import.</source>
        <translation>
            <numerusform>%n line ready to import.</numerusform>
            <numerusform>%n lines ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready to import; </source>
        <translation>
            <numerusform>%n line ready to import; </numerusform>
            <numerusform>%n lines ready to import; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with errors will be skipped. Fix them in the file and import it again.</source>
        <translation>
            <numerusform>%n line with errors will be skipped. Fix them in the file and import it again.</numerusform>
            <numerusform>%n lines with errors will be skipped. Fix them in the file and import it again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n product(s)</source>
        <translation>
            <numerusform>&amp;Import %n product</numerusform>
            <numerusform>&amp;Import %n products</numerusform>
        </translation>
    </message>
    <message>
        <source>A line with the name or barcode of a product updates it. An empty cell keeps what the product has; a cell with just %1 clears it.</source>
        <translation>A line with the name or barcode of a product updates it. An empty cell keeps what the product has; a cell with just %1 clears it.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
</context>
<context>
    <name>CsvPreviewModel</name>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <source>Changes: %1</source>
        <translation>Changes: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Scan to pay with Swish or card</source>
        <translation>Scan to pay with Swish or card</translation>
    </message>
    <message>
        <source>The payment is being prepared…</source>
        <translation>The payment is being prepared…</translation>
    </message>
    <message>
        <source>Stallpay — customer screen</source>
        <translation>Stallpay — customer screen</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Welcome!</translation>
    </message>
    <message>
        <source>Paid — thank you!</source>
        <translation>Paid — thank you!</translation>
    </message>
    <message>
        <source>F11: full screen on or off</source>
        <translation>F11: full screen on or off</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>Customer screen</translation>
    </message>
    <message>
        <source>Show the payer's screen with the QR code, e.g. on a second screen (F10)</source>
        <translation>Show the payer's screen with the QR code, e.g. on a second screen (F10)</translation>
    </message>
    <message>
        <source>Payment declined — try again</source>
        <translation>Payment declined — try again</translation>
    </message>
    <message>
        <source>Payment not completed — try again</source>
        <translation>Payment not completed — try again</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logo of %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open the sales database %1: %2</source>
        <translation>Cannot open the sales database %1: %2</translation>
    </message>
    <message>
        <source>Cannot set up the sales database: %1</source>
        <translation>Cannot set up the sales database: %1</translation>
    </message>
    <message>
        <source>The sales database was written by a newer Stallpay (schema %1). Update Stallpay to open it.</source>
        <translation>The sales database was written by a newer Stallpay (schema %1). Update Stallpay to open it.</translation>
    </message>
    <message>
        <source>Cannot update the sales database to schema %1: %2</source>
        <translation>Cannot update the sales database to schema %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Stallpay sales database: %2. Stallpay has not changed it. Move the file away, or start Stallpay with another --data-dir.</source>
        <translation>%1 is not a Stallpay sales database: %2. Stallpay has not changed it. Move the file away, or start Stallpay with another --data-dir.</translation>
    </message>
    <message>
        <source>The sales database %1 is damaged (%2). Restore a backup of it, or give it to support; Stallpay has not changed it.</source>
        <translation>The sales database %1 is damaged (%2). Restore a backup of it, or give it to support; Stallpay has not changed it.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot back up the sales database: %1</source>
        <translation>Cannot back up the sales database: %1</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2</source>
        <translation>The backup %1 cannot be used: %2</translation>
    </message>
    <message>
        <source>it is not a Stallpay database this version can open</source>
        <translation>it is not a Stallpay database this version can open</translation>
    </message>
    <message>
        <source>Cannot move the current database aside: %1</source>
        <translation>Cannot move the current database aside: %1</translation>
    </message>
    <message>
        <source>Cannot restore the backup: %1</source>
        <translation>Cannot restore the backup: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFile</name>
    <message>
        <source>it belongs to another program (application id %1)</source>
        <translation>it belongs to another program (application id %1)</translation>
    </message>
    <message>
        <source>it has tables Stallpay did not make</source>
        <translation>it has tables Stallpay did not make</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>it is not an SQLite database</translation>
    </message>
</context>
<context>
    <name>DayCsv</name>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>VAT rate (%)</source>
        <translation>VAT rate (%)</translation>
    </message>
    <message>
        <source>Paid (gross)</source>
        <translation>Paid (gross)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Unpaid (gross)</source>
        <translation>Unpaid (gross)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>DayReportRenderer</name>
    <message>
        <source>Day report %1</source>
        <translation>Day report %1</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Day report</source>
        <translation>Day report</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Paid sales</source>
        <translation>Paid sales</translation>
    </message>
    <message>
        <source>Takings incl. VAT</source>
        <translation>Takings incl. VAT</translation>
    </message>
    <message>
        <source>of which VAT</source>
        <translation>of which VAT</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>VAT per rate</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>No paid sales</source>
        <translation>No paid sales</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Per payment method</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Open sales, not paid yet</source>
        <translation>Open sales, not paid yet</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Cancelled, expired or refused (not counted)</source>
        <translation>Cancelled, expired or refused (not counted)</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Refunded incl. VAT</source>
        <translation>Refunded incl. VAT</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>Refunded to</translation>
    </message>
</context>
<context>
    <name>DaySummaryView</name>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Sales incl. VAT</source>
        <translation>Sales incl. VAT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>Excl. VAT</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>VAT per rate</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Per payment method</source>
        <translation>Per payment method</translation>
    </message>
    <message>
        <source>&amp;Export the day's sales as CSV…</source>
        <translation>&amp;Export the day's sales as CSV…</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>The day shown; Page Up and Page Down change it</source>
        <translation>The day shown; Page Up and Page Down change it</translation>
    </message>
    <message>
        <source>sales-%1.csv</source>
        <translation>sales-%1.csv</translation>
    </message>
    <message>
        <source>Export the day's sales</source>
        <translation>Export the day's sales</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln paid sale(s), %1 in all, of which VAT %2</source>
        <translation>
            <numerusform>%Ln paid sale, %1 in all, of which VAT %2</numerusform>
            <numerusform>%Ln paid sales, %1 in all, of which VAT %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sale(s) still open, %1 not paid yet</source>
        <translation>
            <numerusform>%Ln sale still open, %1 not paid yet</numerusform>
            <numerusform>%Ln sales still open, %1 not paid yet</numerusform>
        </translation>
    </message>
    <message>
        <source>No open sales.</source>
        <translation>No open sales.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled, expired or refused (not counted)</source>
        <translation>
            <numerusform>%Ln cancelled, expired or refused (not counted)</numerusform>
            <numerusform>%Ln cancelled, expired or refused (not counted)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Previous day</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Next day ▶</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>The day before</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>The day after</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the day report on the document printer chosen in the settings (Ctrl+P, Alt+R)</source>
        <translation>Print the day report on the document printer chosen in the settings (Ctrl+P, Alt+R)</translation>
    </message>
    <message>
        <source>Save the day report as a PDF file (Alt+D)</source>
        <translation>Save the day report as a PDF file (Alt+D)</translation>
    </message>
    <message>
        <source>Returns incl. VAT</source>
        <translation>Returns incl. VAT</translation>
    </message>
    <message>
        <source>Returns: VAT per rate</source>
        <translation>Returns: VAT per rate</translation>
    </message>
    <message>
        <source>Refunded to</source>
        <translation>Refunded to</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Returns per payment method</source>
        <translation>Returns per payment method</translation>
    </message>
    <message numerus="yes">
        <source>%Ln return(s), %1 refunded, of which VAT %2</source>
        <translation>
            <numerusform>%Ln return, %1 refunded, of which VAT %2</numerusform>
            <numerusform>%Ln returns, %1 refunded, of which VAT %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Export sold &amp;items as CSV…</source>
        <translation>Export sold &amp;items as CSV…</translation>
    </message>
    <message>
        <source>One line per sale and VAT rate, with its status, for the bookkeeper</source>
        <translation>One line per sale and VAT rate, with its status, for the bookkeeper</translation>
    </message>
    <message>
        <source>One line per item of the paid sales: product, quantity, VAT rate and amount</source>
        <translation>One line per item of the paid sales: product, quantity, VAT rate and amount</translation>
    </message>
    <message>
        <source>items-%1.csv</source>
        <translation>items-%1.csv</translation>
    </message>
    <message>
        <source>Export the day's sold items</source>
        <translation>Export the day's sold items</translation>
    </message>
</context>
<context>
    <name>DocumentJobs</name>
    <message>
        <source>Ping makes an invoice only of a link that waits for payment; this one is %1.</source>
        <translation>Ping makes an invoice only of a link that waits for payment; this one is %1.</translation>
    </message>
    <message>
        <source>Cannot save Ping's PDF in %1: %2</source>
        <translation>Cannot save Ping's PDF in %1: %2</translation>
    </message>
</context>
<context>
    <name>DocumentParts</name>
    <message>
        <source>Org. no. %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <source>VAT reg. no. %1</source>
        <translation>VAT reg. no. %1</translation>
    </message>
    <message>
        <source>KOPIA</source>
        <extracomment>The reprint mark a Swedish cash register must print (SKVFS 2014:9); keep it "KOPIA".</extracomment>
        <translation>KOPIA</translation>
    </message>
</context>
<context>
    <name>InvoiceCommand</name>
    <message>
        <source>stallpay invoice: give --csv FILE and --out DIR.</source>
        <translation>stallpay invoice: give --csv FILE and --out DIR.</translation>
    </message>
    <message>
        <source>stallpay invoice: %1: %2</source>
        <translation>stallpay invoice: %1: %2</translation>
    </message>
    <message>
        <source>stallpay invoice: cannot make the folder %1.</source>
        <translation>stallpay invoice: cannot make the folder %1.</translation>
    </message>
    <message>
        <source>stallpay invoice: the law wants these seller details on an invoice, and they are missing: %1. Fill them in the settings or give them with --seller FILE.</source>
        <translation>stallpay invoice: the law wants these seller details on an invoice, and they are missing: %1. Fill them in the settings or give them with --seller FILE.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: skipped, nothing invoiced</source>
        <translation>[%1/%2] %3: skipped, nothing invoiced</translation>
    </message>
    <message>
        <source>[%1/%2] %3: invoiced before, nothing new</source>
        <translation>[%1/%2] %3: invoiced before, nothing new</translation>
    </message>
    <message>
        <source>line %1, reference: %2</source>
        <translation>line %1, reference: %2</translation>
    </message>
    <message>
        <source>[%1/%2] %3: sale and invoice saved</source>
        <translation>[%1/%2] %3: sale and invoice saved</translation>
    </message>
    <message>
        <source>stallpay invoice: the payment service: %1</source>
        <translation>stallpay invoice: the payment service: %1</translation>
    </message>
    <message>
        <source>stallpay invoice: some payment links are not made yet; those invoices have no QR code. They are made when the till is online.</source>
        <translation>stallpay invoice: some payment links are not made yet; those invoices have no QR code. They are made when the till is online.</translation>
    </message>
</context>
<context>
    <name>InvoiceCsv</name>
    <message>
        <source>The file is empty. It needs a header row and a row per invoice line.</source>
        <translation>The file is empty. It needs a header row and a row per invoice line.</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) %1. The first row must name the columns: %2.</source>
        <translation>The header row lacks the column(s) %1. The first row must name the columns: %2.</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>line %1, %2: %3</translation>
    </message>
    <message>
        <source>empty; give every invoice its own reference, the same on each of its lines</source>
        <translation>empty; give every invoice its own reference, the same on each of its lines</translation>
    </message>
    <message>
        <source>empty; say what was sold</source>
        <translation>empty; say what was sold</translation>
    </message>
    <message>
        <source>"%1" is not a whole number from 1 to 100000</source>
        <translation>"%1" is not a whole number from 1 to 100000</translation>
    </message>
    <message>
        <source>"%1" is not a price in kronor above zero, e.g. 125,00 or 125.00</source>
        <translation>"%1" is not a price in kronor above zero, e.g. 125,00 or 125.00</translation>
    </message>
    <message>
        <source>"%1" is not a Swedish VAT rate; use 25, 12, 6 or 0</source>
        <translation>"%1" is not a Swedish VAT rate; use 25, 12, 6 or 0</translation>
    </message>
    <message>
        <source>"%1" is not a date as YYYY-MM-DD</source>
        <translation>"%1" is not a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the reference %1 is used on line %2 for another buyer or delivery date</source>
        <translation>the reference %1 is used on line %2 for another buyer or delivery date</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Simpli&amp;fied invoice (under 4,000 kr incl. VAT)</source>
        <translation>Simpli&amp;fied invoice (under 4,000 kr incl. VAT)</translation>
    </message>
    <message>
        <source>&amp;Issue invoice</source>
        <translation>&amp;Issue invoice</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint</source>
        <translation>P&amp;rint</translation>
    </message>
    <message>
        <source>&amp;E-mail with PDF</source>
        <translation>&amp;E-mail with PDF</translation>
    </message>
    <message>
        <source>Send &amp;link by SMS/e-mail</source>
        <translation>Send &amp;link by SMS/e-mail</translation>
    </message>
    <message>
        <source>Pa&amp;yment reminder…</source>
        <translation>Pa&amp;yment reminder…</translation>
    </message>
    <message>
        <source>Invoice — sale %1</source>
        <translation>Invoice — sale %1</translation>
    </message>
    <message>
        <source>Sale %1 of %2, %3.</source>
        <translation>Sale %1 of %2, %3.</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>Post&amp;code:</translation>
    </message>
    <message>
        <source>&amp;Town:</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Org. no. (business):</source>
        <translation>&amp;Org. no. (business):</translation>
    </message>
    <message>
        <source>&amp;VAT no. (business):</source>
        <translation>&amp;VAT no. (business):</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>Mo&amp;bile:</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>556677-8899</source>
        <translation>556677-8899</translation>
    </message>
    <message>
        <source>SE556677889901</source>
        <translation>SE556677889901</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>name@example.se</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terms</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Language of the invoice</source>
        <translation>Language of the invoice</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Payment terms in days</source>
        <translation>Payment terms in days</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;guage:</translation>
    </message>
    <message>
        <source>Days to p&amp;ay:</source>
        <translation>Days to p&amp;ay:</translation>
    </message>
    <message>
        <source>&amp;Delivery date:</source>
        <translation>&amp;Delivery date:</translation>
    </message>
    <message>
        <source>Check the marked fields.</source>
        <translation>Check the marked fields.</translation>
    </message>
    <message>
        <source>An invoice must name the seller in full. Fill in your %1 in the settings (F5), then issue it.</source>
        <translation>An invoice must name the seller in full. Fill in your %1 in the settings (F5), then issue it.</translation>
    </message>
    <message>
        <source>Invoice %1 issued, due %2. Save, print or send it.</source>
        <translation>Invoice %1 issued, due %2. Save, print or send it.</translation>
    </message>
    <message>
        <source>Save reminder as &amp;PDF…</source>
        <translation>Save reminder as &amp;PDF…</translation>
    </message>
    <message>
        <source>Reminder for invoice %1, to pay by %2: save, print or send it.</source>
        <translation>Reminder for invoice %1, to pay by %2: save, print or send it.</translation>
    </message>
    <message>
        <source>Reminder for invoice %1: its new payment link is being made.</source>
        <translation>Reminder for invoice %1: its new payment link is being made.</translation>
    </message>
    <message>
        <source>Invoice %1 is credited: the credit note is what is saved, printed and sent.</source>
        <translation>Invoice %1 is credited: the credit note is what is saved, printed and sent.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Cannot make the folder %1.</translation>
    </message>
    <message>
        <source>The invoice was issued without an e-mail address. Save it as PDF and send it yourself, or print it.</source>
        <translation>The invoice was issued without an e-mail address. Save it as PDF and send it yourself, or print it.</translation>
    </message>
    <message>
        <source>Credit note %1 from %2</source>
        <translation>Credit note %1 from %2</translation>
    </message>
    <message>
        <source>Reminder: invoice %1 from %2</source>
        <translation>Reminder: invoice %1 from %2</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Invoice %1 from %2</translation>
    </message>
    <message>
        <source>Hello,

attached is credit note %1 for invoice %2.
</source>
        <translation>Hello,

attached is credit note %1 for invoice %2.
</translation>
    </message>
    <message>
        <source>Hello,

attached is invoice %1: %2 to pay by %3, OCR reference %4.
</source>
        <translation>Hello,

attached is invoice %1: %2 to pay by %3, OCR reference %4.
</translation>
    </message>
    <message>
        <source>You can also pay here: %1
</source>
        <translation>You can also pay here: %1
</translation>
    </message>
    <message>
        <source>%1 is in a new message to %2 in your mail program.</source>
        <translation>%1 is in a new message to %2 in your mail program.</translation>
    </message>
    <message>
        <source>The payment link goes out by the payment service as soon as it is ready.</source>
        <translation>The payment link goes out by the payment service as soon as it is ready.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocuments</name>
    <message>
        <source>Invoice %1 is not in this till's records.</source>
        <translation>Invoice %1 is not in this till's records.</translation>
    </message>
</context>
<context>
    <name>InvoiceRenderer</name>
    <message>
        <source>Credit note %1</source>
        <translation>Credit note %1</translation>
    </message>
    <message>
        <source>Reminder %1</source>
        <translation>Reminder %1</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Credit note</translation>
    </message>
    <message>
        <source>Payment reminder</source>
        <translation>Payment reminder</translation>
    </message>
    <message>
        <source>Invoice (simplified)</source>
        <translation>Invoice (simplified)</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Org. no. %1</source>
        <translation>Org. no. %1</translation>
    </message>
    <message>
        <source>VAT reg. no. %1</source>
        <translation>VAT reg. no. %1</translation>
    </message>
    <message>
        <source>Approved for F-tax</source>
        <translation>Approved for F-tax</translation>
    </message>
    <message>
        <source>Credit note no. %1</source>
        <translation>Credit note no. %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Credits invoice no. %1 of %2</source>
        <translation>Credits invoice no. %1 of %2</translation>
    </message>
    <message>
        <source>Delivery date: %1</source>
        <translation>Delivery date: %1</translation>
    </message>
    <message>
        <source>Invoice no. %1</source>
        <translation>Invoice no. %1</translation>
    </message>
    <message>
        <source>Invoice date: %1</source>
        <translation>Invoice date: %1</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Due date: %1</translation>
    </message>
    <message>
        <source>OCR reference: %1</source>
        <translation>OCR reference: %1</translation>
    </message>
    <message>
        <source>Reminder date: %1</source>
        <translation>Reminder date: %1</translation>
    </message>
    <message>
        <source>Sale no. %1</source>
        <translation>Sale no. %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Bankgiro: %1</source>
        <translation>Bankgiro: %1</translation>
    </message>
    <message>
        <source>Plusgiro: %1</source>
        <translation>Plusgiro: %1</translation>
    </message>
    <message>
        <source>Amount to pay: %1 SEK</source>
        <translation>Amount to pay: %1 SEK</translation>
    </message>
    <message>
        <source>Invoice no. %1 of %2 was due on %3 and we have not received your payment. Please pay %4 SEK by %5 with the same OCR reference. If you have paid already, please disregard this reminder.</source>
        <translation>Invoice no. %1 of %2 was due on %3 and we have not received your payment. Please pay %4 SEK by %5 with the same OCR reference. If you have paid already, please disregard this reminder.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <source>Taxable amount</source>
        <translation>Taxable amount</translation>
    </message>
    <message>
        <source>VAT amount</source>
        <translation>VAT amount</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>Incl. VAT</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>No VAT is charged on the lines at 0 %: they are exempt from VAT or outside its scope (mervärdesskattelagen 2023:200, chapter 10).</source>
        <translation>No VAT is charged on the lines at 0 %: they are exempt from VAT or outside its scope (mervärdesskattelagen 2023:200, chapter 10).</translation>
    </message>
    <message>
        <source>Total credited (SEK)</source>
        <translation>Total credited (SEK)</translation>
    </message>
    <message>
        <source>Total to pay (SEK)</source>
        <translation>Total to pay (SEK)</translation>
    </message>
    <message>
        <source>This credit note cancels invoice no. %1 of %2 in full. Nothing is to be paid.</source>
        <translation>This credit note cancels invoice no. %1 of %2 in full. Nothing is to be paid.</translation>
    </message>
    <message>
        <source>Payment terms: %1 days net. Please give the OCR reference when you pay.</source>
        <translation>Payment terms: %1 days net. Please give the OCR reference when you pay.</translation>
    </message>
    <message>
        <source>Interest on late payment is charged according to the Swedish Interest Act (räntelagen).</source>
        <translation>Interest on late payment is charged according to the Swedish Interest Act (räntelagen).</translation>
    </message>
    <message>
        <source>Interest on late payment: %1 % a year.</source>
        <translation>Interest on late payment: %1 % a year.</translation>
    </message>
    <message>
        <source>Scan to pay</source>
        <translation>Scan to pay</translation>
    </message>
    <message>
        <source>This credit note credits invoice no. %1 of %2 in full: the amount paid is refunded (return receipt %3 of %4).</source>
        <translation>This credit note credits invoice no. %1 of %2 in full: the amount paid is refunded (return receipt %3 of %4).</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The payment service's link has no address we trust, so no QR code is drawn and nothing is sent.</source>
        <translation>The payment service's link has no address we trust, so no QR code is drawn and nothing is sent.</translation>
    </message>
    <message>
        <source>the last request may still be applied by the payment service; looking again before making a new link</source>
        <translation>the last request may still be applied by the payment service; looking again before making a new link</translation>
    </message>
    <message>
        <source>The payment order has no completed payment to refund.</source>
        <translation>The payment order has no completed payment to refund.</translation>
    </message>
</context>
<context>
    <name>MailHandoff</name>
    <message>
        <source>No mail program could be started (%1). Save the invoice as PDF and attach it yourself.</source>
        <translation>No mail program could be started (%1). Save the invoice as PDF and attach it yourself.</translation>
    </message>
    <message>
        <source>The mail program did not take the message (%1). Save the invoice as PDF and attach it yourself.</source>
        <translation>The mail program did not take the message (%1). Save the invoice as PDF and attach it yourself.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Stallpay — demo</source>
        <translation>Stallpay — demo</translation>
    </message>
    <message>
        <source>Stallpay</source>
        <translation>Stallpay</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Sell</translation>
    </message>
    <message>
        <source>Ring up a sale (F1)</source>
        <translation>Ring up a sale (F1)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline — sales are kept and sent later</source>
        <translation>Offline — sales are kept and sent later</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting</source>
        <translation>
            <numerusform>%n action waiting</numerusform>
            <numerusform>%n actions waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>All sales: search, status and actions (F2)</source>
        <translation>All sales: search, status and actions (F2)</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Products, prices and quick keys; CSV import and export (F3)</source>
        <translation>Products, prices and quick keys; CSV import and export (F3)</translation>
    </message>
    <message>
        <source>Day summary</source>
        <translation>Day summary</translation>
    </message>
    <message>
        <source>Today's or another day's takings, VAT per rate and open sales (F4)</source>
        <translation>Today's or another day's takings, VAT per rate and open sales (F4)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language, payment service, your business and invoice terms (F5)</source>
        <translation>Language, payment service, your business and invoice terms (F5)</translation>
    </message>
    <message>
        <source>Close Stallpay?</source>
        <translation>Close Stallpay?</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) for the payment service are not done yet. They are kept and done when you start Stallpay again.</source>
        <translation>
            <numerusform>%n action for the payment service are not done yet. They are kept and done when you start Stallpay again.</numerusform>
            <numerusform>%n actions for the payment service are not done yet. They are kept and done when you start Stallpay again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <source>&amp;Keep Stallpay open</source>
        <translation>&amp;Keep Stallpay open</translation>
    </message>
    <message>
        <source>✔ Sale %1 was paid: %2 — show</source>
        <translation>✔ Sale %1 was paid: %2 — show</translation>
    </message>
    <message>
        <source>The customer paid an earlier sale; click to see it in Sales</source>
        <translation>The customer paid an earlier sale; click to see it in Sales</translation>
    </message>
    <message>
        <source>Not connected: the payment service does not answer</source>
        <translation>Not connected: the payment service does not answer</translation>
    </message>
    <message>
        <source>Not connected: %1. Sales are kept and sent later.</source>
        <translation>Not connected: %1. Sales are kept and sent later.</translation>
    </message>
    <message>
        <source>The sales database is damaged</source>
        <translation>The sales database is damaged</translation>
    </message>
    <message>
        <source>Restore the backup from %1 and start Stallpay again? Sales made after it are not in it; numbering goes on after the highest number this till has used. The damaged file is kept in the backups folder.</source>
        <translation>Restore the backup from %1 and start Stallpay again? Sales made after it are not in it; numbering goes on after the highest number this till has used. The damaged file is kept in the backups folder.</translation>
    </message>
    <message>
        <source>&amp;Restore and restart</source>
        <translation>&amp;Restore and restart</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Not now</translation>
    </message>
</context>
<context>
    <name>MethodSettings</name>
    <message>
        <source>Swish on the payer's phone (m-commerce)</source>
        <translation>Swish on the payer's phone (m-commerce)</translation>
    </message>
    <message>
        <source>Swish (e-commerce)</source>
        <translation>Swish (e-commerce)</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 through %2</translation>
    </message>
    <message>
        <source>Vipps through %1</source>
        <translation>Vipps through %1</translation>
    </message>
    <message>
        <source>Invoice through %1</source>
        <translation>Invoice through %1</translation>
    </message>
    <message>
        <source>Payment methods offered in payment links</source>
        <translation>Payment methods offered in payment links</translation>
    </message>
    <message>
        <source>Ping has not yet said which methods your account has; these are the usual ones.</source>
        <translation>Ping has not yet said which methods your account has; these are the usual ones.</translation>
    </message>
    <message>
        <source>The methods your Ping account has. A link offers the ticked ones, Swish if none.</source>
        <translation>The methods your Ping account has. A link offers the ticked ones, Swish if none.</translation>
    </message>
</context>
<context>
    <name>OrgNumber</name>
    <message>
        <source>An organisation number has 10 digits, e.g. 556677-8899.</source>
        <translation>An organisation number has 10 digits, e.g. 556677-8899.</translation>
    </message>
    <message>
        <source>The last digit does not match: check the organisation number for a typing mistake.</source>
        <translation>The last digit does not match: check the organisation number for a typing mistake.</translation>
    </message>
    <message>
        <source>A Swedish VAT number is SE, the 10 digits of the organisation number and 01, e.g. SE556677889901.</source>
        <translation>A Swedish VAT number is SE, the 10 digits of the organisation number and 01, e.g. SE556677889901.</translation>
    </message>
    <message>
        <source>The organisation number in it is wrong: %1</source>
        <translation>The organisation number in it is wrong: %1</translation>
    </message>
</context>
<context>
    <name>PaidPanel</name>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>PaymentMethods</name>
    <message>
        <source>Swish</source>
        <translation>Swish</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Invoice</translation>
    </message>
    <message>
        <source>Vipps</source>
        <translation>Vipps</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid with Swish</source>
        <translation>Paid with Swish</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Paid by card</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Paid by invoice</source>
        <translation>Paid by invoice</translation>
    </message>
    <message>
        <source>Paid with Vipps</source>
        <translation>Paid with Vipps</translation>
    </message>
    <message>
        <source>Paid with %1</source>
        <translation>Paid with %1</translation>
    </message>
</context>
<context>
    <name>PaymentProvider</name>
    <message>
        <source>The payment service does not offer this document.</source>
        <translation>The payment service does not offer this document.</translation>
    </message>
</context>
<context>
    <name>PaymentView</name>
    <message>
        <source>&amp;Open checkout</source>
        <translation>&amp;Open checkout</translation>
    </message>
    <message>
        <source>Paid in &amp;cash</source>
        <translation>Paid in &amp;cash</translation>
    </message>
    <message>
        <source>C&amp;ancel sale</source>
        <translation>C&amp;ancel sale</translation>
    </message>
    <message>
        <source>&amp;New sale</source>
        <translation>&amp;New sale</translation>
    </message>
    <message>
        <source>Back to selling; the payment is still followed (Esc)</source>
        <translation>Back to selling; the payment is still followed (Esc)</translation>
    </message>
    <message>
        <source>Open the payment page in the browser of this computer</source>
        <translation>Open the payment page in the browser of this computer</translation>
    </message>
    <message>
        <source>Sale %1 — %2</source>
        <translation>Sale %1 — %2</translation>
    </message>
    <message>
        <source>Scan to pay with Swish or card</source>
        <translation>Scan to pay with Swish or card</translation>
    </message>
    <message>
        <source>The QR code appears as soon as the payment link exists.</source>
        <translation>The QR code appears as soon as the payment link exists.</translation>
    </message>
    <message>
        <source>&amp;Send link…</source>
        <translation>&amp;Send link…</translation>
    </message>
    <message>
        <source>Send the payment link to the customer by SMS or e-mail</source>
        <translation>Send the payment link to the customer by SMS or e-mail</translation>
    </message>
    <message>
        <source>The customer paid in cash; the payment link is cancelled</source>
        <translation>The customer paid in cash; the payment link is cancelled</translation>
    </message>
    <message>
        <source>Cancel the sale and its payment link</source>
        <translation>Cancel the sale and its payment link</translation>
    </message>
    <message>
        <source>Ne&amp;w link</source>
        <translation>Ne&amp;w link</translation>
    </message>
    <message>
        <source>Cancel this payment link and show a new one for the same sale</source>
        <translation>Cancel this payment link and show a new one for the same sale</translation>
    </message>
    <message>
        <source>%1 The customer may scan and try again, or press New link for a new one.</source>
        <translation>%1 The customer may scan and try again, or press New link for a new one.</translation>
    </message>
    <message>
        <source>Making a new payment link; its QR code appears as soon as it exists.</source>
        <translation>Making a new payment link; its QR code appears as soon as it exists.</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too</source>
        <translation>Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too</translation>
    </message>
    <message>
        <source>Back to the cart with these items to change them; this link is cancelled</source>
        <translation>Back to the cart with these items to change them; this link is cancelled</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
</context>
<context>
    <name>PdfFilePrinter</name>
    <message>
        <source>The print system could not be started (%1). Show the document and print it from the viewer.</source>
        <translation>The print system could not be started (%1). Show the document and print it from the viewer.</translation>
    </message>
    <message>
        <source>The printer did not take the document (%1).</source>
        <translation>The printer did not take the document (%1).</translation>
    </message>
</context>
<context>
    <name>PingConfig</name>
    <message>
        <source>The API address "%1" is not a valid URL.</source>
        <translation>The API address "%1" is not a valid URL.</translation>
    </message>
    <message>
        <source>The API address "%1" must start with https:// (plain http is only allowed on this computer).</source>
        <translation>The API address "%1" must start with https:// (plain http is only allowed on this computer).</translation>
    </message>
    <message>
        <source>No tenant ID is set. Enter the tenant ID from Ping Payments in Settings.</source>
        <translation>No tenant ID is set. Enter the tenant ID from Ping Payments in Settings.</translation>
    </message>
    <message>
        <source>"%1" is not a checkout address Stallpay can trust: write each as https://host (plain http only on this computer), separated by spaces.</source>
        <translation>"%1" is not a checkout address Stallpay can trust: write each as https://host (plain http only on this computer), separated by spaces.</translation>
    </message>
</context>
<context>
    <name>PingDocumentsDialog</name>
    <message>
        <source>Ping's documents — sale %1</source>
        <translation>Ping's documents — sale %1</translation>
    </message>
    <message>
        <source>Ping, the payment service, makes its own invoice of the payment link (with its own OCR reference) and a receipt once it is paid. Stallpay fetches them and keeps a copy in the data folder.</source>
        <translation>Ping, the payment service, makes its own invoice of the payment link (with its own OCR reference) and a receipt once it is paid. Stallpay fetches them and keeps a copy in the data folder.</translation>
    </message>
    <message>
        <source>Ping receipt</source>
        <translation>Ping receipt</translation>
    </message>
    <message>
        <source>Ping invoice</source>
        <translation>Ping invoice</translation>
    </message>
    <message>
        <source>Get Ping &amp;receipt</source>
        <translation>Get Ping &amp;receipt</translation>
    </message>
    <message>
        <source>Get Ping &amp;invoice</source>
        <translation>Get Ping &amp;invoice</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Ask Ping for the receipt of the paid payment link</source>
        <translation>Ask Ping for the receipt of the paid payment link</translation>
    </message>
    <message>
        <source>Ask Ping to make an invoice of this payment link, with an OCR reference</source>
        <translation>Ask Ping to make an invoice of this payment link, with an OCR reference</translation>
    </message>
    <message>
        <source>Ping receipt %1</source>
        <translation>Ping receipt %1</translation>
    </message>
    <message>
        <source>Ping invoice %1</source>
        <translation>Ping invoice %1</translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation>Fetched %1.</translation>
    </message>
    <message>
        <source>Fetched %1. Ping's OCR reference: %2</source>
        <translation>Fetched %1. Ping's OCR reference: %2</translation>
    </message>
    <message>
        <source>Being fetched: waiting for the payment service.</source>
        <translation>Being fetched: waiting for the payment service.</translation>
    </message>
    <message>
        <source>Being fetched; the last try said: %1</source>
        <translation>Being fetched; the last try said: %1</translation>
    </message>
    <message>
        <source>The payment link is paid: Ping has a receipt of it.</source>
        <translation>The payment link is paid: Ping has a receipt of it.</translation>
    </message>
    <message>
        <source>Ping can make an invoice of the payment link while it waits for payment.</source>
        <translation>Ping can make an invoice of the payment link while it waits for payment.</translation>
    </message>
    <message>
        <source>Ping's receipt is there once the payment link is paid.</source>
        <translation>Ping's receipt is there once the payment link is paid.</translation>
    </message>
    <message>
        <source>Ping makes its invoice only of a payment link that waits for payment.</source>
        <translation>Ping makes its invoice only of a payment link that waits for payment.</translation>
    </message>
    <message>
        <source>Ping's receipt is being fetched; it is here as soon as the payment service answers.</source>
        <translation>Ping's receipt is being fetched; it is here as soon as the payment service answers.</translation>
    </message>
    <message>
        <source>Ping's invoice is being made; it is here as soon as the payment service answers.</source>
        <translation>Ping's invoice is being made; it is here as soon as the payment service answers.</translation>
    </message>
    <message>
        <source>No program to show PDF files could be started. Save the document and open it yourself.</source>
        <translation>No program to show PDF files could be started. Save the document and open it yourself.</translation>
    </message>
    <message>
        <source>%1 is open in the PDF viewer.</source>
        <translation>%1 is open in the PDF viewer.</translation>
    </message>
    <message>
        <source>%1 sent to the default printer.</source>
        <translation>%1 sent to the default printer.</translation>
    </message>
    <message>
        <source>%1 sent to %2.</source>
        <translation>%1 sent to %2.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot save %1: choose a folder you can write to.</source>
        <translation>Cannot save %1: choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>PingResponse</name>
    <message>
        <source>The payment service refused the request (HTTP %1). Check the tenant ID in Settings.</source>
        <translation>The payment service refused the request (HTTP %1). Check the tenant ID in Settings.</translation>
    </message>
    <message>
        <source>The payment service refused the request (HTTP %1).</source>
        <translation>The payment service refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The payment service refused the request: %1</source>
        <translation>The payment service refused the request: %1</translation>
    </message>
    <message>
        <source>The payment service is busy; Stallpay will try again.</source>
        <translation>The payment service is busy; Stallpay will try again.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached (%1); Stallpay will try again.</source>
        <translation>The payment service cannot be reached (%1); Stallpay will try again.</translation>
    </message>
    <message>
        <source>The payment service had an error (HTTP %1); Stallpay will check and try again.</source>
        <translation>The payment service had an error (HTTP %1); Stallpay will check and try again.</translation>
    </message>
    <message>
        <source>No answer from the payment service (%1); Stallpay will check and try again.</source>
        <translation>No answer from the payment service (%1); Stallpay will check and try again.</translation>
    </message>
    <message>
        <source>unreadable response</source>
        <translation>unreadable response</translation>
    </message>
    <message>
        <source>malformed JSON in the answer</source>
        <translation>malformed JSON in the answer</translation>
    </message>
    <message>
        <source>The document's address is not HTTPS: %1</source>
        <translation>The document's address is not HTTPS: %1</translation>
    </message>
    <message>
        <source>the PDF did not arrive whole</source>
        <translation>the PDF did not arrive whole</translation>
    </message>
    <message>
        <source>an answer without the new order's id</source>
        <translation>an answer without the new order's id</translation>
    </message>
    <message>
        <source>an answer without the new link's id or address</source>
        <translation>an answer without the new link's id or address</translation>
    </message>
    <message>
        <source>an answer without the document's address</source>
        <translation>an answer without the document's address</translation>
    </message>
    <message>
        <source>the answer was larger than any answer of this request can be, and was cut off</source>
        <translation>the answer was larger than any answer of this request can be, and was cut off</translation>
    </message>
    <message>
        <source>the payment service's certificate is not trusted (%1)</source>
        <translation>the payment service's certificate is not trusted (%1)</translation>
    </message>
    <message>
        <source>the answer sent us to another address (%1); Stallpay does not follow it with the account's credentials</source>
        <translation>the answer sent us to another address (%1); Stallpay does not follow it with the account's credentials</translation>
    </message>
    <message>
        <source>the answer was not from the payment service (%1 instead of JSON; a network's login page?)</source>
        <translation>the answer was not from the payment service (%1 instead of JSON; a network's login page?)</translation>
    </message>
    <message>
        <source>The payment service returned an address we do not trust (%1), so no QR code is drawn and nothing is sent. Check the payment service's address in Settings.</source>
        <translation>The payment service returned an address we do not trust (%1), so no QR code is drawn and nothing is sent. Check the payment service's address in Settings.</translation>
    </message>
    <message>
        <source>Not yet: %1.</source>
        <translation>Not yet: %1.</translation>
    </message>
</context>
<context>
    <name>PrintDocument</name>
    <message>
        <source>Cannot save %1: %2. Choose another folder or file name.</source>
        <translation>Cannot save %1: %2. Choose another folder or file name.</translation>
    </message>
</context>
<context>
    <name>PrinterSettings</name>
    <message>
        <source>Printers</source>
        <translation>Printers</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Where receipts are printed. "Ask each time" opens the print dialog, which can also save a PDF (Alt+C)</source>
        <translation>Where receipts are printed. "Ask each time" opens the print dialog, which can also save a PDF (Alt+C)</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>Receipt paper width</translation>
    </message>
    <message>
        <source>The width of the paper roll in the receipt printer (Alt+H)</source>
        <translation>The width of the paper roll in the receipt printer (Alt+H)</translation>
    </message>
    <message>
        <source>Document printer</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <source>Where day reports and invoices are printed, on A4 (Alt+U)</source>
        <translation>Where day reports and invoices are printed, on A4 (Alt+U)</translation>
    </message>
    <message>
        <source>No printer is installed; you can still save PDFs.</source>
        <translation>No printer is installed; you can still save PDFs.</translation>
    </message>
    <message>
        <source>Receipt paper widt&amp;h:</source>
        <translation>Receipt paper widt&amp;h:</translation>
    </message>
    <message>
        <source>Doc&amp;ument printer (A4):</source>
        <translation>Doc&amp;ument printer (A4):</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Ask each time</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (not installed)</translation>
    </message>
    <message>
        <source>Printer &amp;for receipts:</source>
        <translation>Printer &amp;for receipts:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer %1 is not available. Switch it on and connect it, or choose another printer in the settings (F5).</source>
        <translation>The printer %1 is not available. Switch it on and connect it, or choose another printer in the settings (F5).</translation>
    </message>
    <message>
        <source>The printer %1 reported an error; %2 may not be printed. Check the printer and try again.</source>
        <translation>The printer %1 reported an error; %2 may not be printed. Check the printer and try again.</translation>
    </message>
    <message>
        <source>Sent %1 to %2.</source>
        <translation>Sent %1 to %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>Save %1 as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Stallpay cannot start</source>
        <translation>Stallpay cannot start</translation>
    </message>
    <message>
        <source>Restore a backup?</source>
        <translation>Restore a backup?</translation>
    </message>
    <message>
        <source>Restore the backup from %1? Sales made after it are not in it; numbering goes on after the highest number this till has used. The current file is kept in the backups folder.</source>
        <translation>Restore the backup from %1? Sales made after it are not in it; numbering goes on after the highest number this till has used. The current file is kept in the backups folder.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QrWidget</name>
    <message>
        <source>Payment QR code</source>
        <translation>Payment QR code</translation>
    </message>
</context>
<context>
    <name>QuickKeys</name>
    <message>
        <source>Product categories</source>
        <translation>Product categories</translation>
    </message>
    <message>
        <source>Categories: Ctrl+Tab for the next one</source>
        <translation>Categories: Ctrl+Tab for the next one</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Add %1 (%2)</source>
        <translation>Add %1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>ReceiptRenderer</name>
    <message>
        <source>Receipt %1</source>
        <translation>Receipt %1</translation>
    </message>
    <message>
        <source>Cancelled — nothing was paid</source>
        <translation>Cancelled — nothing was paid</translation>
    </message>
    <message>
        <source>Not paid: the payment link expired</source>
        <translation>Not paid: the payment link expired</translation>
    </message>
    <message>
        <source>Not paid: the payment service refused the sale</source>
        <translation>Not paid: the payment service refused the sale</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Not paid yet</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 each</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
    <message>
        <source>Scan the code with your phone to pay %1.</source>
        <translation>Scan the code with your phone to pay %1.</translation>
    </message>
    <message>
        <source>The payment link is not ready yet; ask the seller to show or send it.</source>
        <translation>The payment link is not ready yet; ask the seller to show or send it.</translation>
    </message>
    <message>
        <source>Thank you for your purchase!</source>
        <translation>Thank you for your purchase!</translation>
    </message>
    <message>
        <source>Paid; a refund is under way</source>
        <translation>Paid; a refund is under way</translation>
    </message>
    <message>
        <source>Paid, then refunded (return receipt %1)</source>
        <translation>Paid, then refunded (return receipt %1)</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Till %1</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund sale %1</source>
        <translation>Refund sale %1</translation>
    </message>
    <message>
        <source>Give %1 back in cash; Stallpay records it and prints a return receipt.</source>
        <translation>Give %1 back in cash; Stallpay records it and prints a return receipt.</translation>
    </message>
    <message>
        <source>%1 goes back to the customer's %2 through the payment service, and a return receipt is printed.</source>
        <translation>%1 goes back to the customer's %2 through the payment service, and a return receipt is printed.</translation>
    </message>
    <message>
        <source>Refund the whole sale %1?</source>
        <translation>Refund the whole sale %1?</translation>
    </message>
    <message>
        <source>Reason for the refund</source>
        <translation>Reason for the refund</translation>
    </message>
    <message>
        <source>Note on the return receipt</source>
        <translation>Note on the return receipt</translation>
    </message>
    <message>
        <source>e.g. wrong size</source>
        <translation>e.g. wrong size</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Refund %1</source>
        <translation>&amp;Refund %1</translation>
    </message>
    <message>
        <source>&amp;Keep the sale</source>
        <translation>&amp;Keep the sale</translation>
    </message>
</context>
<context>
    <name>ReturnReceiptRenderer</name>
    <message>
        <source>Return %1</source>
        <translation>Return %1</translation>
    </message>
    <message>
        <source>Refunded to Swish</source>
        <translation>Refunded to Swish</translation>
    </message>
    <message>
        <source>Refunded to the card</source>
        <translation>Refunded to the card</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>Refunded in cash</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>The customer asked for it</source>
        <translation>The customer asked for it</translation>
    </message>
    <message>
        <source>Fraudulent payment</source>
        <translation>Fraudulent payment</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Returns receipt %1 of %2</source>
        <translation>Returns receipt %1 of %2</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Gross</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Sum</translation>
    </message>
</context>
<context>
    <name>SaleActions</name>
    <message>
        <source>Press again: paid in cash</source>
        <translation>Press again: paid in cash</translation>
    </message>
    <message>
        <source>Press again to cancel</source>
        <translation>Press again to cancel</translation>
    </message>
    <message>
        <source>Press again for a new link</source>
        <translation>Press again for a new link</translation>
    </message>
    <message>
        <source>Press again to edit (the link is cancelled)</source>
        <translation>Press again to edit (the link is cancelled)</translation>
    </message>
    <message>
        <source>The cart is not empty: charge or clear it first, then edit this sale.</source>
        <translation>The cart is not empty: charge or clear it first, then edit this sale.</translation>
    </message>
</context>
<context>
    <name>SaleCommands</name>
    <message>
        <source>The cart is empty. Add an item before charging.</source>
        <translation>The cart is empty. Add an item before charging.</translation>
    </message>
    <message>
        <source>The total must be more than zero to charge.</source>
        <translation>The total must be more than zero to charge.</translation>
    </message>
    <message>
        <source>Sale %1 does not exist.</source>
        <translation>Sale %1 does not exist.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a sale waiting for payment can get a new link.</source>
        <translation>Sale %1 is %2; only a sale waiting for payment can get a new link.</translation>
    </message>
    <message>
        <source>Sale %1 is %2 and can no longer be edited.</source>
        <translation>Sale %1 is %2 and can no longer be edited.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; there is nothing left to pay.</source>
        <translation>Sale %1 is %2; there is nothing left to pay.</translation>
    </message>
    <message>
        <source>Choose SMS, e-mail or both.</source>
        <translation>Choose SMS, e-mail or both.</translation>
    </message>
    <message>
        <source>Enter the customer's mobile number to send an SMS.</source>
        <translation>Enter the customer's mobile number to send an SMS.</translation>
    </message>
    <message>
        <source>Enter the customer's e-mail address to send an e-mail.</source>
        <translation>Enter the customer's e-mail address to send an e-mail.</translation>
    </message>
    <message>
        <source>Sale %1 is invoiced already (invoice %2).</source>
        <translation>Sale %1 is invoiced already (invoice %2).</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only an unpaid sale can be invoiced.</source>
        <translation>Sale %1 is %2; only an unpaid sale can be invoiced.</translation>
    </message>
    <message>
        <source>Sale %1 has no invoice to remind of.</source>
        <translation>Sale %1 has no invoice to remind of.</translation>
    </message>
    <message>
        <source>Invoice %1 is not overdue: only an unpaid invoice past its due date gets a reminder.</source>
        <translation>Invoice %1 is not overdue: only an unpaid invoice past its due date gets a reminder.</translation>
    </message>
    <message>
        <source>The expired payment link's order is still being closed; make the reminder in a moment.</source>
        <translation>The expired payment link's order is still being closed; make the reminder in a moment.</translation>
    </message>
    <message>
        <source>Choose why the sale is refunded.</source>
        <translation>Choose why the sale is refunded.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; only a paid sale can be refunded.</source>
        <translation>Sale %1 is %2; only a paid sale can be refunded.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; Ping's receipt is there once the payment link is paid.</source>
        <translation>Sale %1 is %2; Ping's receipt is there once the payment link is paid.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; Ping's invoice is made of a payment link that waits for payment.</source>
        <translation>Sale %1 is %2; Ping's invoice is made of a payment link that waits for payment.</translation>
    </message>
    <message>
        <source>Ping's receipt of sale %1 is being fetched already.</source>
        <translation>Ping's receipt of sale %1 is being fetched already.</translation>
    </message>
    <message>
        <source>Ping's invoice of sale %1 is being made already.</source>
        <translation>Ping's invoice of sale %1 is being made already.</translation>
    </message>
    <message>
        <source>Ping's receipt of sale %1 is here already.</source>
        <translation>Ping's receipt of sale %1 is here already.</translation>
    </message>
    <message>
        <source>Ping's invoice of sale %1 is here already.</source>
        <translation>Ping's invoice of sale %1 is here already.</translation>
    </message>
</context>
<context>
    <name>SaleDetailView</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Payment service error: %1</source>
        <translation>Payment service error: %1</translation>
    </message>
    <message>
        <source>Payment service reports: %1</source>
        <translation>Payment service reports: %1</translation>
    </message>
    <message>
        <source>Payment service: %1 (%2)</source>
        <translation>Payment service: %1 (%2)</translation>
    </message>
    <message>
        <source>Payment service: %1</source>
        <translation>Payment service: %1</translation>
    </message>
    <message>
        <source>Show &amp;QR</source>
        <translation>Show &amp;QR</translation>
    </message>
    <message>
        <source>S&amp;end link…</source>
        <translation>S&amp;end link…</translation>
    </message>
    <message>
        <source>Paid in &amp;cash</source>
        <translation>Paid in &amp;cash</translation>
    </message>
    <message>
        <source>C&amp;ancel sale</source>
        <translation>C&amp;ancel sale</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Items of the sale</source>
        <translation>Items of the sale</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Timeline of the sale</source>
        <translation>Timeline of the sale</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Choose a sale in the list to see it here.</source>
        <translation>Choose a sale in the list to see it here.</translation>
    </message>
    <message>
        <source>Sale %1 — %2</source>
        <translation>Sale %1 — %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Sold %1</source>
        <translation>Sold %1</translation>
    </message>
    <message>
        <source>Payment link: %1</source>
        <translation>Payment link: %1</translation>
    </message>
    <message>
        <source>E-mail sent</source>
        <translation>E-mail sent</translation>
    </message>
    <message>
        <source>Last problem: %1</source>
        <translation>Last problem: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>VAT %1 % on %2: %3</source>
        <translation>VAT %1 % on %2: %3</translation>
    </message>
    <message>
        <source>No customer details.</source>
        <translation>No customer details.</translation>
    </message>
    <message>
        <source>Ne&amp;w link</source>
        <translation>Ne&amp;w link</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Payment problem</translation>
    </message>
    <message>
        <source>Show the payment's QR code for the customer to scan</source>
        <translation>Show the payment's QR code for the customer to scan</translation>
    </message>
    <message>
        <source>Send the payment link by SMS or e-mail</source>
        <translation>Send the payment link by SMS or e-mail</translation>
    </message>
    <message>
        <source>The customer paid in cash; the payment link is cancelled</source>
        <translation>The customer paid in cash; the payment link is cancelled</translation>
    </message>
    <message>
        <source>Cancel the sale and its payment link</source>
        <translation>Cancel the sale and its payment link</translation>
    </message>
    <message>
        <source>Cancel this payment link and make a new one for the same sale, e.g. after a declined payment</source>
        <translation>Cancel this payment link and make a new one for the same sale, e.g. after a declined payment</translation>
    </message>
    <message>
        <source>A new payment link is being made; the old one is cancelled first.</source>
        <translation>A new payment link is being made; the old one is cancelled first.</translation>
    </message>
    <message>
        <source>%1 The customer may try again with the same link, or you can make a new link.</source>
        <translation>%1 The customer may try again with the same link, or you can make a new link.</translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <source>Save receipt as P&amp;DF…</source>
        <translation>Save receipt as P&amp;DF…</translation>
    </message>
    <message>
        <source>Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too</source>
        <translation>Print the receipt on the receipt printer chosen in the settings; Ctrl+P prints too</translation>
    </message>
    <message>
        <source>Save the receipt as a PDF file</source>
        <translation>Save the receipt as a PDF file</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>Re&amp;fund sale…</source>
        <translation>Re&amp;fund sale…</translation>
    </message>
    <message>
        <source>Give the whole sale back: to Swish or the card, or in cash</source>
        <translation>Give the whole sale back: to Swish or the card, or in cash</translation>
    </message>
    <message>
        <source>&amp;Print return receipt</source>
        <translation>&amp;Print return receipt</translation>
    </message>
    <message>
        <source>Save return receipt as P&amp;DF…</source>
        <translation>Save return receipt as P&amp;DF…</translation>
    </message>
    <message>
        <source>The refund was refused: %1</source>
        <translation>The refund was refused: %1</translation>
    </message>
    <message>
        <source>Refunded %1 (%2), return receipt %3</source>
        <translation>Refunded %1 (%2), return receipt %3</translation>
    </message>
    <message>
        <source>Payment attempt: %1</source>
        <translation>Payment attempt: %1</translation>
    </message>
    <message>
        <source>In&amp;voice…</source>
        <translation>In&amp;voice…</translation>
    </message>
    <message>
        <source>Invoice the customer for this unpaid sale, or save, print and send its invoice</source>
        <translation>Invoice the customer for this unpaid sale, or save, print and send its invoice</translation>
    </message>
    <message>
        <source>Edi&amp;t</source>
        <translation>Edi&amp;t</translation>
    </message>
    <message>
        <source>Back to the cart with these items to change them; this link is cancelled</source>
        <translation>Back to the cart with these items to change them; this link is cancelled</translation>
    </message>
    <message>
        <source>%1 (through %2)</source>
        <translation>%1 (through %2)</translation>
    </message>
    <message>
        <source>Pin&amp;g documents…</source>
        <translation>Pin&amp;g documents…</translation>
    </message>
    <message>
        <source>Ping's own invoice of the payment link, or its receipt once paid</source>
        <translation>Ping's own invoice of the payment link, or its receipt once paid</translation>
    </message>
</context>
<context>
    <name>SaleEvents</name>
    <message>
        <source>Creating the payment order</source>
        <translation>Creating the payment order</translation>
    </message>
    <message>
        <source>Creating the payment link</source>
        <translation>Creating the payment link</translation>
    </message>
    <message>
        <source>Sending the payment link</source>
        <translation>Sending the payment link</translation>
    </message>
    <message>
        <source>Cancelling the payment link</source>
        <translation>Cancelling the payment link</translation>
    </message>
    <message>
        <source>Closing the payment order</source>
        <translation>Closing the payment order</translation>
    </message>
    <message>
        <source>Closing forgotten payment orders</source>
        <translation>Closing forgotten payment orders</translation>
    </message>
    <message>
        <source>open for payment</source>
        <translation>open for payment</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>paid</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Sale %1 rung up: %2</source>
        <translation>Sale %1 rung up: %2</translation>
    </message>
    <message>
        <source>A payment order came after the sale was settled; it is closed</source>
        <translation>A payment order came after the sale was settled; it is closed</translation>
    </message>
    <message>
        <source>A payment link came after the sale was settled; it is cancelled</source>
        <translation>A payment link came after the sale was settled; it is cancelled</translation>
    </message>
    <message>
        <source>Payment order closed</source>
        <translation>Payment order closed</translation>
    </message>
    <message>
        <source>Payment link cancelled</source>
        <translation>Payment link cancelled</translation>
    </message>
    <message>
        <source>%1, attempt %2: no clear answer; checked before trying again. %3</source>
        <translation>%1, attempt %2: no clear answer; checked before trying again. %3</translation>
    </message>
    <message>
        <source>%1, attempt %2: %3</source>
        <translation>%1, attempt %2: %3</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 was refused: %2</translation>
    </message>
    <message>
        <source>The payment link is %1</source>
        <translation>The payment link is %1</translation>
    </message>
    <message>
        <source>Cancelled by the seller</source>
        <translation>Cancelled by the seller</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Sending asked for: %1</source>
        <translation>Sending asked for: %1</translation>
    </message>
    <message>
        <source>Payment link sent (SMS %1, e-mail %2)</source>
        <translation>Payment link sent (SMS %1, e-mail %2)</translation>
    </message>
    <message>
        <source>Delivery: SMS %1, e-mail %2</source>
        <translation>Delivery: SMS %1, e-mail %2</translation>
    </message>
    <message>
        <source>The payer paid before the link could be cancelled</source>
        <translation>The payer paid before the link could be cancelled</translation>
    </message>
    <message>
        <source>Not sent: the sale is %1</source>
        <translation>Not sent: the sale is %1</translation>
    </message>
    <message>
        <source>No forgotten payment orders to close</source>
        <translation>No forgotten payment orders to close</translation>
    </message>
    <message>
        <source>Replacing the payment link</source>
        <translation>Replacing the payment link</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <source>aborted by the payer</source>
        <translation>aborted by the payer</translation>
    </message>
    <message>
        <source>failed at the payment service</source>
        <translation>failed at the payment service</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>timed out</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>under way</translation>
    </message>
    <message>
        <source>The old payment link is cancelled; a new one is being made</source>
        <translation>The old payment link is cancelled; a new one is being made</translation>
    </message>
    <message>
        <source>New payment link asked for; the old link is cancelled first</source>
        <translation>New payment link asked for; the old link is cancelled first</translation>
    </message>
    <message>
        <source>A payment attempt: %1</source>
        <translation>A payment attempt: %1</translation>
    </message>
    <message>
        <source>No link made: the sale was already settled</source>
        <translation>No link made: the sale was already settled</translation>
    </message>
    <message>
        <source>Refunding the payment</source>
        <translation>Refunding the payment</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>too little paid</source>
        <translation>too little paid</translation>
    </message>
    <message>
        <source>too much paid</source>
        <translation>too much paid</translation>
    </message>
    <message>
        <source>money arrived, being checked</source>
        <translation>money arrived, being checked</translation>
    </message>
    <message>
        <source>Refund asked for; the payment service refunds the whole sale</source>
        <translation>Refund asked for; the payment service refunds the whole sale</translation>
    </message>
    <message>
        <source>Refunded in cash</source>
        <translation>Refunded in cash</translation>
    </message>
    <message>
        <source>Refunded through the payment service</source>
        <translation>Refunded through the payment service</translation>
    </message>
    <message>
        <source>Invoice %1 issued, due %2</source>
        <translation>Invoice %1 issued, due %2</translation>
    </message>
    <message>
        <source>Invoice %1 issued, due %2; a payment link due the same day replaces the old one</source>
        <translation>Invoice %1 issued, due %2; a payment link due the same day replaces the old one</translation>
    </message>
    <message>
        <source>Receipt printed</source>
        <translation>Receipt printed</translation>
    </message>
    <message>
        <source>Receipt saved as PDF</source>
        <translation>Receipt saved as PDF</translation>
    </message>
    <message>
        <source>Reminder for invoice %1, to pay by %2</source>
        <translation>Reminder for invoice %1, to pay by %2</translation>
    </message>
    <message>
        <source>Reminder for invoice %1, to pay by %2, with a new payment link</source>
        <translation>Reminder for invoice %1, to pay by %2, with a new payment link</translation>
    </message>
    <message>
        <source>Credit note %1 issued for invoice %2</source>
        <translation>Credit note %1 issued for invoice %2</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Invoice %1</translation>
    </message>
    <message>
        <source>Credit note %1</source>
        <translation>Credit note %1</translation>
    </message>
    <message>
        <source>Reminder for invoice %1</source>
        <translation>Reminder for invoice %1</translation>
    </message>
    <message>
        <source>%1 saved as PDF</source>
        <translation>%1 saved as PDF</translation>
    </message>
    <message>
        <source>%1 printed</source>
        <translation>%1 printed</translation>
    </message>
    <message>
        <source>%1 handed to the mail program</source>
        <translation>%1 handed to the mail program</translation>
    </message>
    <message>
        <source>%1 sent by the payment service</source>
        <translation>%1 sent by the payment service</translation>
    </message>
    <message>
        <source>Payment order created</source>
        <translation>Payment order created</translation>
    </message>
    <message>
        <source>Payment link created</source>
        <translation>Payment link created</translation>
    </message>
    <message>
        <source>Reopened in the cart for editing; the payment link is cancelled</source>
        <translation>Reopened in the cart for editing; the payment link is cancelled</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten payment order(s) closed</source>
        <translation>
            <numerusform>%n forgotten payment order closed</numerusform>
            <numerusform>%n forgotten payment orders closed</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching Ping's invoice</source>
        <translation>Fetching Ping's invoice</translation>
    </message>
    <message>
        <source>Fetching Ping's receipt</source>
        <translation>Fetching Ping's receipt</translation>
    </message>
    <message>
        <source>Return receipt printed</source>
        <translation>Return receipt printed</translation>
    </message>
    <message>
        <source>Return receipt saved as PDF</source>
        <translation>Return receipt saved as PDF</translation>
    </message>
    <message>
        <source>Ping's invoice asked for</source>
        <translation>Ping's invoice asked for</translation>
    </message>
    <message>
        <source>Ping's receipt asked for</source>
        <translation>Ping's receipt asked for</translation>
    </message>
    <message>
        <source>Ping's invoice fetched (OCR reference %1)</source>
        <translation>Ping's invoice fetched (OCR reference %1)</translation>
    </message>
    <message>
        <source>Ping's receipt fetched</source>
        <translation>Ping's receipt fetched</translation>
    </message>
    <message>
        <source>Ping's invoice shown</source>
        <translation>Ping's invoice shown</translation>
    </message>
    <message>
        <source>Ping's receipt shown</source>
        <translation>Ping's receipt shown</translation>
    </message>
    <message>
        <source>Ping's invoice printed</source>
        <translation>Ping's invoice printed</translation>
    </message>
    <message>
        <source>Ping's receipt printed</source>
        <translation>Ping's receipt printed</translation>
    </message>
    <message>
        <source>Ping's invoice saved as PDF</source>
        <translation>Ping's invoice saved as PDF</translation>
    </message>
    <message>
        <source>Ping's receipt saved as PDF</source>
        <translation>Ping's receipt saved as PDF</translation>
    </message>
    <message>
        <source>No document from Ping: the sale has no payment link</source>
        <translation>No document from Ping: the sale has no payment link</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n forgotten payment order(s) of this till closed</source>
        <translation>
            <numerusform>%n forgotten payment order of this till closed</numerusform>
            <numerusform>%n forgotten payment orders of this till closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra payment link(s) of this till cancelled</source>
        <translation>
            <numerusform>%n extra payment link of this till cancelled</numerusform>
            <numerusform>%n extra payment links of this till cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment order(s) left open, as nothing proves this till made them (an open order without payments costs nothing)</source>
        <translation>
            <numerusform>%n payment order left open, as nothing proves this till made them (an open order without payments costs nothing)</numerusform>
            <numerusform>%n payment orders left open, as nothing proves this till made them (an open order without payments costs nothing)</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal data removed after the retention period</source>
        <translation>Personal data removed after the retention period</translation>
    </message>
    <message>
        <source>Personal data removed after the retention period; the invoice keeps the buyer</source>
        <translation>Personal data removed after the retention period; the invoice keeps the buyer</translation>
    </message>
</context>
<context>
    <name>SaleState</name>
    <message>
        <source>Waiting for network</source>
        <translation>Waiting for network</translation>
    </message>
    <message>
        <source>Creating payment link</source>
        <translation>Creating payment link</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Paid in cash</source>
        <translation>Paid in cash</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Refused by the payment service</source>
        <translation>Refused by the payment service</translation>
    </message>
    <message>
        <source>The payment was declined.</source>
        <translation>The payment was declined.</translation>
    </message>
    <message>
        <source>The payer aborted the payment.</source>
        <translation>The payer aborted the payment.</translation>
    </message>
    <message>
        <source>The payment failed at the payment service.</source>
        <translation>The payment failed at the payment service.</translation>
    </message>
    <message>
        <source>The payer is paying.</source>
        <translation>The payer is paying.</translation>
    </message>
    <message>
        <source>The payment is complete.</source>
        <translation>The payment is complete.</translation>
    </message>
    <message>
        <source>The payment was stopped; no money was taken.</source>
        <translation>The payment was stopped; no money was taken.</translation>
    </message>
    <message>
        <source>The payment timed out before the payer finished.</source>
        <translation>The payment timed out before the payer finished.</translation>
    </message>
    <message>
        <source>The payer paid too little; the payment service holds the money.</source>
        <translation>The payer paid too little; the payment service holds the money.</translation>
    </message>
    <message>
        <source>The payer paid too much; the payment service holds the money.</source>
        <translation>The payer paid too much; the payment service holds the money.</translation>
    </message>
    <message>
        <source>The money has arrived and is being checked.</source>
        <translation>The money has arrived and is being checked.</translation>
    </message>
    <message>
        <source>Refund under way</source>
        <translation>Refund under way</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>The payment was cancelled; no money was taken.</source>
        <translation>The payment was cancelled; no money was taken.</translation>
    </message>
    <message>
        <source>The payment's status is unknown.</source>
        <translation>The payment's status is unknown.</translation>
    </message>
</context>
<context>
    <name>SaleWriter</name>
    <message>
        <source>Cannot save the invoice: %1</source>
        <translation>Cannot save the invoice: %1</translation>
    </message>
    <message>
        <source>Enter payment terms of 0 to 365 days.</source>
        <translation>Enter payment terms of 0 to 365 days.</translation>
    </message>
    <message>
        <source>A simplified invoice is only allowed under 4,000 kr incl. VAT; this sale is %1.</source>
        <translation>A simplified invoice is only allowed under 4,000 kr incl. VAT; this sale is %1.</translation>
    </message>
    <message>
        <source>Cannot save the sale: %1</source>
        <translation>Cannot save the sale: %1</translation>
    </message>
    <message>
        <source>Sale %1 does not exist.</source>
        <translation>Sale %1 does not exist.</translation>
    </message>
    <message>
        <source>Sale %1 is %2 and cannot become %3.</source>
        <translation>Sale %1 is %2 and cannot become %3.</translation>
    </message>
    <message>
        <source>Sale %1 is %2; that cannot be done now.</source>
        <translation>Sale %1 is %2; that cannot be done now.</translation>
    </message>
    <message>
        <source>Cannot save the change to sale %1: %2</source>
        <translation>Cannot save the change to sale %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the customer's details: %1</source>
        <translation>Cannot save the customer's details: %1</translation>
    </message>
    <message>
        <source>Cannot save the till's own job: %1</source>
        <translation>Cannot save the till's own job: %1</translation>
    </message>
</context>
<context>
    <name>SalesHistoryModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation>Paid with</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SalesView</name>
    <message>
        <source>Search number, amount, customer or product</source>
        <translation>Search number, amount, customer or product</translation>
    </message>
    <message>
        <source>Search sales</source>
        <translation>Search sales</translation>
    </message>
    <message>
        <source>Search by sale number, amount, customer or product (Ctrl+F)</source>
        <translation>Search by sale number, amount, customer or product (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show only sales with this status</source>
        <translation>Show only sales with this status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>Show only sales paid this way</source>
        <translation>Show only sales paid this way</translation>
    </message>
    <message>
        <source>Any payment method</source>
        <translation>Any payment method</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Show only sales of this period</source>
        <translation>Show only sales of this period</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>All dates</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Chosen dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Totals of the sales shown</source>
        <translation>Totals of the sales shown</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The chosen sale</source>
        <translation>The chosen sale</translation>
    </message>
    <message>
        <source>Overdue invoices</source>
        <translation>Overdue invoices</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sold, %1</source>
        <translation>
            <numerusform>%Ln sold, %1</numerusform>
            <numerusform>%Ln sold, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open, %1</source>
        <translation>
            <numerusform>%Ln open, %1</numerusform>
            <numerusform>%Ln open, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled or failed, %1 not sold</source>
        <translation>
            <numerusform>%Ln cancelled or failed, %1 not sold</numerusform>
            <numerusform>%Ln cancelled or failed, %1 not sold</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SellView</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Create the payment and show its QR code (F12)</source>
        <translation>Create the payment and show its QR code (F12)</translation>
    </message>
    <message>
        <source>Undo the last change to the cart (%1)</source>
        <translation>Undo the last change to the cart (%1)</translation>
    </message>
    <message>
        <source>Remove the selected line (Delete)</source>
        <translation>Remove the selected line (Delete)</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>VAT %1 %: %2</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>VAT per rate</source>
        <translation>VAT per rate</translation>
    </message>
    <message>
        <source>One more</source>
        <translation>One more</translation>
    </message>
    <message>
        <source>One less</source>
        <translation>One less</translation>
    </message>
    <message>
        <source>No product has the barcode %1. Add it in the catalog first.</source>
        <translation>No product has the barcode %1. Add it in the catalog first.</translation>
    </message>
    <message>
        <source>Type an amount in kronor, such as 25 or 12,50.</source>
        <translation>Type an amount in kronor, such as 25 or 12,50.</translation>
    </message>
    <message>
        <source>Amount, VAT %1 %</source>
        <translation>Amount, VAT %1 %</translation>
    </message>
    <message>
        <source>One more of the selected line (+ in the cart, or %1)</source>
        <translation>One more of the selected line (+ in the cart, or %1)</translation>
    </message>
    <message>
        <source>One less of the selected line (− in the cart, or %1)</source>
        <translation>One less of the selected line (− in the cart, or %1)</translation>
    </message>
    <message>
        <source>&amp;Invoice customer…</source>
        <translation>&amp;Invoice customer…</translation>
    </message>
    <message>
        <source>Ring up the cart as a sale on account and make the customer's invoice</source>
        <translation>Ring up the cart as a sale on account and make the customer's invoice</translation>
    </message>
    <message>
        <source>The cart: + and − change the quantity of the selected line, Enter types it, Delete removes it</source>
        <translation>The cart: + and − change the quantity of the selected line, Enter types it, Delete removes it</translation>
    </message>
    <message>
        <source>A line holds at most %1 of an item; add another line for more.</source>
        <translation>A line holds at most %1 of an item; add another line for more.</translation>
    </message>
    <message>
        <source>This sale is %1, more than %2. Check the amounts; press Charge again to charge it.</source>
        <translation>This sale is %1, more than %2. Check the amounts; press Charge again to charge it.</translation>
    </message>
</context>
<context>
    <name>SellerFile</name>
    <message>
        <source>Cannot read the seller file %1.</source>
        <translation>Cannot read the seller file %1.</translation>
    </message>
    <message>
        <source>%1 has no [seller] section with name, org_number, vat_number, street, zip, city.</source>
        <translation>%1 has no [seller] section with name, org_number, vat_number, street, zip, city.</translation>
    </message>
    <message>
        <source>%1, org_number: %2</source>
        <translation>%1, org_number: %2</translation>
    </message>
    <message>
        <source>%1, vat_number: %2</source>
        <translation>%1, vat_number: %2</translation>
    </message>
    <message>
        <source>%1, bankgiro: "%2" is not a bankgiro number (7 or 8 digits with a check digit, e.g. 555-1239)</source>
        <translation>%1, bankgiro: "%2" is not a bankgiro number (7 or 8 digits with a check digit, e.g. 555-1239)</translation>
    </message>
    <message>
        <source>%1, plusgiro: "%2" is not a plusgiro number</source>
        <translation>%1, plusgiro: "%2" is not a plusgiro number</translation>
    </message>
    <message>
        <source>%1, f_skatt: write true or false, not "%2"</source>
        <translation>%1, f_skatt: write true or false, not "%2"</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send payment link — sale %1</source>
        <translation>Send payment link — sale %1</translation>
    </message>
    <message>
        <source>Sale %1, %2. Fill in a mobile number, an e-mail address or both; the link goes to each.</source>
        <translation>Sale %1, %2. Fill in a mobile number, an e-mail address or both; the link goes to each.</translation>
    </message>
    <message>
        <source>070-123 45 67</source>
        <translation>070-123 45 67</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>name@example.se</source>
        <translation>name@example.se</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>Customer's name</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>123 45</source>
        <translation>123 45</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>&amp;Mobile number:</source>
        <translation>&amp;Mobile number:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Customer for the invoice (optional)</source>
        <translation>Customer for the invoice (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Street:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Save the details and send the link (Enter)</source>
        <translation>Save the details and send the link (Enter)</translation>
    </message>
    <message>
        <source>Fill in a mobile number or an e-mail address to send the link to.</source>
        <translation>Fill in a mobile number or an e-mail address to send the link to.</translation>
    </message>
    <message>
        <source>A Swedish postcode has five digits, e.g. 123 45.</source>
        <translation>A Swedish postcode has five digits, e.g. 123 45.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of Stallpay; it changes at once</source>
        <translation>The language of Stallpay; it changes at once</translation>
    </message>
    <message>
        <source>Payment service</source>
        <translation>Payment service</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days to pay an invoice</source>
        <translation>Days to pay an invoice</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Your business, for invoices</source>
        <translation>Your business, for invoices</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Business name</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>&amp;VAT number:</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <source>St&amp;reet:</source>
        <translation>St&amp;reet:</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>We&amp;bsite:</source>
        <translation>We&amp;bsite:</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Payments and invoices</source>
        <translation>Payments and invoices</translation>
    </message>
    <message>
        <source>S&amp;wish message:</source>
        <translation>S&amp;wish message:</translation>
    </message>
    <message>
        <source>Swish message</source>
        <translation>Swish message</translation>
    </message>
    <message>
        <source>Save the settings (%1)</source>
        <translation>Save the settings (%1)</translation>
    </message>
    <message>
        <source>The IDs are kept in the system keychain.</source>
        <translation>The IDs are kept in the system keychain.</translation>
    </message>
    <message>
        <source>The VAT number is not the one of organisation number %1.</source>
        <translation>The VAT number is not the one of organisation number %1.</translation>
    </message>
    <message>
        <source>The name of the business is printed on every invoice; enter it.</source>
        <translation>The name of the business is printed on every invoice; enter it.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Saved. The new payment service is used from the next start.</source>
        <translation>Saved. The new payment service is used from the next start.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The IDs are saved in the system keychain.</source>
        <translation>The IDs are saved in the system keychain.</translation>
    </message>
    <message>
        <source>Or&amp;ganisation number:</source>
        <translation>Or&amp;ganisation number:</translation>
    </message>
    <message>
        <source>Days to pa&amp;y:</source>
        <translation>Days to pa&amp;y:</translation>
    </message>
    <message>
        <source>The IDs are used for this session only; Stallpay asks for them again at the next start.</source>
        <translation>The IDs are used for this session only; Stallpay asks for them again at the next start.</translation>
    </message>
    <message>
        <source>The IDs were not saved: %1 Stallpay never writes them to a plain file. Use them for this session only, start Stallpay in a desktop session with a keychain, or keep using the demo.</source>
        <translation>The IDs were not saved: %1 Stallpay never writes them to a plain file. Use them for this session only, start Stallpay in a desktop session with a keychain, or keep using the demo.</translation>
    </message>
    <message>
        <source>The IDs are in use for this session only; Stallpay asks for them again at the next start.</source>
        <translation>The IDs are in use for this session only; Stallpay asks for them again at the next start.</translation>
    </message>
    <message>
        <source>The IDs are kept for this session only. The new payment service is used from the next start, where Stallpay asks for them again.</source>
        <translation>The IDs are kept for this session only. The new payment service is used from the next start, where Stallpay asks for them again.</translation>
    </message>
    <message>
        <source>No keychain runs here: use the IDs until Stallpay closes, without saving them (%1)</source>
        <translation>No keychain runs here: use the IDs until Stallpay closes, without saving them (%1)</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Like the rest of the computer</source>
        <translation>Like the rest of the computer</translation>
    </message>
    <message>
        <source>Light, high contrast (for sunlight)</source>
        <translation>Light, high contrast (for sunlight)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <source>Light or dark; it changes at once</source>
        <translation>Light or dark; it changes at once</translation>
    </message>
    <message>
        <source>Colour &amp;scheme:</source>
        <translation>Colour &amp;scheme:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Keep the IDs for this session only</source>
        <translation>&amp;Keep the IDs for this session only</translation>
    </message>
    <message>
        <source>Stallpay cannot read a picture from this file. Enter the full path of a PNG or JPEG file, or leave the field empty for no logo.</source>
        <translation>Stallpay cannot read a picture from this file. Enter the full path of a PNG or JPEG file, or leave the field empty for no logo.</translation>
    </message>
    <message>
        <source>Logo file:</source>
        <translation>Logo file:</translation>
    </message>
    <message>
        <source>Logo file for the customer screen and invoices</source>
        <translation>Logo file for the customer screen and invoices</translation>
    </message>
    <message>
        <source>A PNG or JPEG picture, shown on the customer screen and invoices</source>
        <translation>A PNG or JPEG picture, shown on the customer screen and invoices</translation>
    </message>
    <message>
        <source>Bankgiro:</source>
        <translation>Bankgiro:</translation>
    </message>
    <message>
        <source>Bankgiro number</source>
        <translation>Bankgiro number</translation>
    </message>
    <message>
        <source>Plusgiro:</source>
        <translation>Plusgiro:</translation>
    </message>
    <message>
        <source>Plusgiro number</source>
        <translation>Plusgiro number</translation>
    </message>
    <message>
        <source>Late interest (% a year):</source>
        <translation>Late interest (% a year):</translation>
    </message>
    <message>
        <source>Late payment interest</source>
        <translation>Late payment interest</translation>
    </message>
    <message>
        <source>Approved for F-ta&amp;x (printed on invoices)</source>
        <translation>Approved for F-ta&amp;x (printed on invoices)</translation>
    </message>
    <message>
        <source>Invoices say the business is approved for F-tax</source>
        <translation>Invoices say the business is approved for F-tax</translation>
    </message>
    <message>
        <source>empty: the Interest Act's rate</source>
        <translation>empty: the Interest Act's rate</translation>
    </message>
    <message>
        <source>A bankgiro number has 7 or 8 digits, the last a check digit, e.g. 555-1239. Check it against your bank's papers.</source>
        <translation>A bankgiro number has 7 or 8 digits, the last a check digit, e.g. 555-1239. Check it against your bank's papers.</translation>
    </message>
    <message>
        <source>A plusgiro number has 2 to 8 digits, the last a check digit, e.g. 12345-5.</source>
        <translation>A plusgiro number has 2 to 8 digits, the last a check digit, e.g. 12345-5.</translation>
    </message>
    <message>
        <source>Enter the interest as a percentage a year, e.g. 8 or 10,5; leave it empty for the Interest Act's rate.</source>
        <translation>Enter the interest as a percentage a year, e.g. 8 or 10,5; leave it empty for the Interest Act's rate.</translation>
    </message>
    <message>
        <source> kr</source>
        <translation> kr</translation>
    </message>
    <message>
        <source>Never ask</source>
        <translation>Never ask</translation>
    </message>
    <message>
        <source>Ask before charging more than this many kronor</source>
        <translation>Ask before charging more than this many kronor</translation>
    </message>
    <message>
        <source>A sale or a product price above this is asked about once, against typing slips</source>
        <translation>A sale or a product price above this is asked about once, against typing slips</translation>
    </message>
    <message>
        <source>Ask before charging more than:</source>
        <translation>Ask before charging more than:</translation>
    </message>
    <message>
        <source>%1 The IDs can only be saved where a keychain runs (GNOME Keyring, KWallet), or used for this session only; the demo works without them.</source>
        <translation>%1 The IDs can only be saved where a keychain runs (GNOME Keyring, KWallet), or used for this session only; the demo works without them.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Months to keep customers' contact details</source>
        <translation>Months to keep customers' contact details</translation>
    </message>
    <message>
        <source>After this, a sale's phone number, e-mail, name and address are removed; amounts, VAT, numbers and issued invoices stay</source>
        <translation>After this, a sale's phone number, e-mail, name and address are removed; amounts, VAT, numbers and issued invoices stay</translation>
    </message>
    <message>
        <source>Keep customers' contact details:</source>
        <translation>Keep customers' contact details:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SmsDelivery</name>
    <message>
        <source>SMS on its way, not delivered yet</source>
        <translation>SMS on its way, not delivered yet</translation>
    </message>
    <message>
        <source>SMS delivered</source>
        <translation>SMS delivered</translation>
    </message>
    <message>
        <source>SMS could not be delivered</source>
        <translation>SMS could not be delivered</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>not sent</translation>
    </message>
    <message>
        <source>on its way</source>
        <translation>on its way</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>SMS status unknown</source>
        <translation>SMS status unknown</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>StallDetails</name>
    <message>
        <source>business name</source>
        <translation>business name</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>town</source>
        <translation>town</translation>
    </message>
    <message>
        <source>organisation number</source>
        <translation>organisation number</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Stallpay cannot write to its database (%1), so it sends nothing to the payment service. Free some disk space or check the data folder; sending resumes by itself.</source>
        <translation>Stallpay cannot write to its database (%1), so it sends nothing to the payment service. Free some disk space or check the data folder; sending resumes by itself.</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message numerus="yes">
        <source>This is too long: at most %n character(s), and this has %1. Shorten it.</source>
        <translation>
            <numerusform>This is too long: at most %n character, and this has %1. Shorten it.</numerusform>
            <numerusform>This is too long: at most %n characters, and this has %1. Shorten it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is %1; at most %2 can be read. Split it into smaller files.</source>
        <translation>The file is %1; at most %2 can be read. Split it into smaller files.</translation>
    </message>
</context>
<context>
    <name>Till</name>
    <message>
        <source>Cannot create the data folder %1. Choose a folder you can write to with --data-dir.</source>
        <translation>Cannot create the data folder %1. Choose a folder you can write to with --data-dir.</translation>
    </message>
    <message>
        <source>Stallpay is already running with the data folder %1 (process %2). Switch to that window, or start with another --data-dir.</source>
        <translation>Stallpay is already running with the data folder %1 (process %2). Switch to that window, or start with another --data-dir.</translation>
    </message>
    <message>
        <source>Cannot start the built-in demo payment service: %1</source>
        <translation>Cannot start the built-in demo payment service: %1</translation>
    </message>
    <message>
        <source>Cannot read the test account of the payment service at %1: %2</source>
        <translation>Cannot read the test account of the payment service at %1: %2</translation>
    </message>
    <message>
        <source>Stallpay cannot write in the data folder %1: it is read-only. Make it writable, or start with another --data-dir.</source>
        <translation>Stallpay cannot write in the data folder %1: it is read-only. Make it writable, or start with another --data-dir.</translation>
    </message>
    <message numerus="yes">
        <source>The sales database %1 is missing or empty, but this till has numbered %n sale(s). Starting again would give new sales numbers already used.</source>
        <translation>
            <numerusform>The sales database %1 is missing or empty, but this till has numbered %n sale. Starting again would give new sales numbers already used.</numerusform>
            <numerusform>The sales database %1 is missing or empty, but this till has numbered %n sales. Starting again would give new sales numbers already used.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sales database %1 is older than this till's sales: it has numbered %n sale(s), the database knows fewer.</source>
        <translation>
            <numerusform>The sales database %1 is older than this till's sales: it has numbered %n sale, the database knows fewer.</numerusform>
            <numerusform>The sales database %1 is older than this till's sales: it has numbered %n sales, the database knows fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the right file back, or move the data folder away to start a new till.</source>
        <translation>Put the right file back, or move the data folder away to start a new till.</translation>
    </message>
    <message>
        <source>Restore the newest backup, or put the right file back.</source>
        <translation>Restore the newest backup, or put the right file back.</translation>
    </message>
    <message>
        <source>Cannot continue the numbering after the restore: %1</source>
        <translation>Cannot continue the numbering after the restore: %1</translation>
    </message>
    <message>
        <source>The database is open; a backup is restored at the next start.</source>
        <translation>The database is open; a backup is restored at the next start.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Welcome to Stallpay</source>
        <translation>Welcome to Stallpay</translation>
    </message>
    <message>
        <source>Connect to Ping Payments</source>
        <translation>Connect to Ping Payments</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Ring up what you sell; the customer scans a QR code and pays with Swish or card on their phone. How do you want to start?</source>
        <translation>Ring up what you sell; the customer scans a QR code and pays with Swish or card on their phone. How do you want to start?</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Try the &amp;demo</translation>
    </message>
    <message>
        <source>Sell with sample products on the built-in test payment service. No account is needed and no money moves. You can connect your account later in Settings.</source>
        <translation>Sell with sample products on the built-in test payment service. No account is needed and no money moves. You can connect your account later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Connect my Ping account</source>
        <translation>&amp;Connect my Ping account</translation>
    </message>
    <message>
        <source>Take real payments with the tenant ID and merchant ID you got from Ping Payments.</source>
        <translation>Take real payments with the tenant ID and merchant ID you got from Ping Payments.</translation>
    </message>
    <message>
        <source>Your Ping account</source>
        <translation>Your Ping account</translation>
    </message>
    <message>
        <source>Ping Payments gives you these with your account. Stallpay keeps the IDs in your computer's keychain, never in a plain file.</source>
        <translation>Ping Payments gives you these with your account. Stallpay keeps the IDs in your computer's keychain, never in a plain file.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>&amp;Use the demo instead</source>
        <translation>&amp;Use the demo instead</translation>
    </message>
    <message>
        <source>No keychain on this computer</source>
        <translation>No keychain on this computer</translation>
    </message>
    <message>
        <source>Stallpay never writes your IDs to a plain file. You can use them for this session only: Stallpay forgets them when it closes and asks for them again at the next start. To have them remembered, start Stallpay in a desktop session with a keychain (GNOME Keyring or KWallet).</source>
        <translation>Stallpay never writes your IDs to a plain file. You can use them for this session only: Stallpay forgets them when it closes and asks for them again at the next start. To have them remembered, start Stallpay in a desktop session with a keychain (GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <source>Use for this &amp;session only</source>
        <translation>Use for this &amp;session only</translation>
    </message>
    <message>
        <source>Correct the fields marked in red.</source>
        <translation>Correct the fields marked in red.</translation>
    </message>
    <message>
        <source>Saving in the keychain…</source>
        <translation>Saving in the keychain…</translation>
    </message>
    <message>
        <source>Save and use this account (%1)</source>
        <translation>Save and use this account (%1)</translation>
    </message>
</context>
</TS>