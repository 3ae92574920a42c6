<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n order(s) could not be read and were skipped</source>
        <translation>
            <numerusform>%n order could not be read and was skipped</numerusform>
            <numerusform>%n orders could not be read and were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) exported to {file}</source>
        <translation>
            <numerusform>%n line exported to {file}</numerusform>
            <numerusform>%n lines exported to {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TPOP&apos;s tracking was added to %n shop order(s).</source>
        <translation>
            <numerusform>TPOP&apos;s tracking was added to %n shop order.</numerusform>
            <numerusform>TPOP&apos;s tracking was added to %n shop orders.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) could not be updated: see their history.</source>
        <translation>
            <numerusform>%n order could not be updated: see their history.</numerusform>
            <numerusform>%n orders could not be updated: see their history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{what}: %n order(s) ✕</source>
        <translation>
            <numerusform>{what}: %n order ✕</numerusform>
            <numerusform>{what}: %n orders ✕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recent changes (%n) ✕</source>
        <translation>
            <numerusform>Recent changes (%n) ✕</numerusform>
            <numerusform>Recent changes (%n) ✕</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) need your attention in your shops</source>
        <translation>
            <numerusform>%n order needs your attention in your shops</numerusform>
            <numerusform>%n orders need your attention in your shops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paid shop order(s) missing in TPOP</source>
        <translation>
            <numerusform>%n paid shop order missing in TPOP</numerusform>
            <numerusform>%n paid shop orders missing in TPOP</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shipped</source>
        <translation>
            <numerusform>%n shipped</numerusform>
            <numerusform>%n shipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order update(s)</source>
        <translation>
            <numerusform>%n order update</numerusform>
            <numerusform>%n order updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for pickup</source>
        <translation>
            <numerusform>%n waiting for pickup</numerusform>
            <numerusform>%n waiting for pickup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a problem</source>
        <translation>
            <numerusform>%n with a problem</numerusform>
            <numerusform>%n with a problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned to sender</source>
        <translation>
            <numerusform>%n returned to sender</numerusform>
            <numerusform>%n returned to sender</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel update(s)</source>
        <translation>
            <numerusform>%n parcel update</numerusform>
            <numerusform>%n parcel updates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tracking number(s) copied.</source>
        <translation>
            <numerusform>%n tracking number copied.</numerusform>
            <numerusform>%n tracking numbers copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n carrier link(s) copied.</source>
        <translation>
            <numerusform>%n carrier link copied.</numerusform>
            <numerusform>%n carrier links copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) archived.</source>
        <translation>
            <numerusform>%n order archived.</numerusform>
            <numerusform>%n orders archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) restored from the archive.</source>
        <translation>
            <numerusform>%n order restored from the archive.</numerusform>
            <numerusform>%n orders restored from the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive delivered orders older than %n day(s)…</source>
        <translation>
            <numerusform>Archive delivered orders older than %n day…</numerusform>
            <numerusform>Archive delivered orders older than %n days…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered order(s) archived.</source>
        <translation>
            <numerusform>%n delivered order archived.</numerusform>
            <numerusform>%n delivered orders archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The app will write TPOP&apos;s tracking into %n shop order(s):</source>
        <translation>
            <numerusform>The app will write TPOP&apos;s tracking into %n shop order:</numerusform>
            <numerusform>The app will write TPOP&apos;s tracking into %n shop orders:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TPOP reads Etsy orders three times a day, so an Etsy order is listed here only after %n hour(s).</source>
        <translation>
            <numerusform>TPOP reads Etsy orders three times a day, so an Etsy order is listed here only after %n hour.</numerusform>
            <numerusform>TPOP reads Etsy orders three times a day, so an Etsy order is listed here only after %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A paid order is listed here once it has been missing in TPOP for %n hour(s).</source>
        <translation>
            <numerusform>A paid order is listed here once it has been missing in TPOP for %n hour.</numerusform>
            <numerusform>A paid order is listed here once it has been missing in TPOP for %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case event(s)</source>
        <translation>
            <numerusform>%n case event</numerusform>
            <numerusform>%n case events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n archived order(s)</source>
        <translation>
            <numerusform>%n archived order</numerusform>
            <numerusform>%n archived orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n history entry(ies)</source>
        <translation>
            <numerusform>%n history entry</numerusform>
            <numerusform>%n history entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shop fix record(s)</source>
        <translation>
            <numerusform>%n shop fix record</numerusform>
            <numerusform>%n shop fix records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged row(s) could not be read and stay in the set-aside file.</source>
        <translation>
            <numerusform>%n damaged row could not be read and stays in the set-aside file.</numerusform>
            <numerusform>%n damaged rows could not be read and stay in the set-aside file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shortened to {shown} of %n character(s). Right-click to copy the whole text.</source>
        <translation>
            <numerusform>Shortened to {shown} of %n character. Right-click to copy the whole text.</numerusform>
            <numerusform>Shortened to {shown} of %n characters. Right-click to copy the whole text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–%n working day(s)</source>
        <translation>
            <numerusform>{low}–%n working day</numerusform>
            <numerusform>{low}–%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) or more</source>
        <translation>
            <numerusform>%n working day or more</numerusform>
            <numerusform>%n working days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few of your parcels to {country} with {carrier} for an estimate yet (%n so far; {needed} are needed).</source>
        <translation>
            <numerusform>Too few of your parcels to {country} with {carrier} for an estimate yet (%n so far; {needed} are needed).</numerusform>
            <numerusform>Too few of your parcels to {country} with {carrier} for an estimate yet (%n so far; {needed} are needed).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Usually delivered in {window} to {country} with {carrier} (based on %n of your parcels).</source>
        <translation>
            <numerusform>Usually delivered in {window} to {country} with {carrier} (based on %n of your parcels).</numerusform>
            <numerusform>Usually delivered in {window} to {country} with {carrier} (based on %n of your parcels).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few delivered parcels for figures yet: %n so far.</source>
        <translation>
            <numerusform>Too few delivered parcels for figures yet: %n so far.</numerusform>
            <numerusform>Too few delivered parcels for figures yet: %n so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half of your %n delivered parcels arrived within {median} working days, nine in ten within {p90}; {share} arrived within their usual time.</source>
        <translation>
            <numerusform>Your %n delivered parcel arrived within {median} working days, nine in ten within {p90}; {share} arrived within their usual time.</numerusform>
            <numerusform>Half of your %n delivered parcels arrived within {median} working days, nine in ten within {p90}; {share} arrived within their usual time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s) delivered after more than 21 days or still travelling: TPOP&apos;s support handles them.</source>
        <translation>
            <numerusform>%n parcel delivered after more than 21 days or still travelling: TPOP&apos;s support handles them.</numerusform>
            <numerusform>%n parcels delivered after more than 21 days or still travelling: TPOP&apos;s support handles them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{lane}: {recent} working days this month against {usual} usually (%n parcels)</source>
        <translation>
            <numerusform>{lane}: {recent} working days this month against {usual} usually (%n parcel)</numerusform>
            <numerusform>{lane}: {recent} working days this month against {usual} usually (%n parcels)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivered parcel(s) for {what}; most took {days} ({count}).</source>
        <translation>
            <numerusform>%n delivered parcel for {what}; most took {days} ({count}).</numerusform>
            <numerusform>%n delivered parcels for {what}; most took {days} ({count}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {date}: %n parcel(s), median {median}</source>
        <translation>
            <numerusform>Week of {date}: %n parcel, median {median}</numerusform>
            <numerusform>Week of {date}: %n parcels, median {median}</numerusform>
        </translation>
    </message>
</context>
</TS>
