"""A minimal org.kde.StatusNotifierWatcher (jeepney) so Qt's D-Bus tray works under Xvfb in tests."""

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

XML = """<node><interface name="org.kde.StatusNotifierWatcher">
<method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
<method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
<property name="RegisteredStatusNotifierItems" type="as" access="read"/>
<property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
<property name="ProtocolVersion" type="i" access="read"/>
<signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
</interface>
<interface name="org.freedesktop.DBus.Properties">
<method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="v" direction="out"/></method>
<method name="GetAll"><arg type="s" direction="in"/><arg type="a{sv}" direction="out"/></method>
</interface></node>"""


def main() -> None:
    items: list[str] = []

    def props():
        return {"RegisteredStatusNotifierItems": ("as", items), "IsStatusNotifierHostRegistered": ("b", True),
                "ProtocolVersion": ("i", 0)}

    conn = open_dbus_connection(bus="SESSION")
    conn.send_and_get_reply(message_bus.RequestName("org.kde.StatusNotifierWatcher"))
    print("watcher ready", flush=True)
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if member == "Introspect":
            conn.send(new_method_return(msg, "s", (XML,)))
        elif member == "Get":
            conn.send(new_method_return(msg, "v", (props()[msg.body[1]],)))
        elif member == "GetAll":
            conn.send(new_method_return(msg, "a{sv}", (props(),)))
        elif member in ("RegisterStatusNotifierItem", "RegisterStatusNotifierHost"):
            items.append(msg.body[0])
            print("registered", msg.body[0], flush=True)
            conn.send(new_method_return(msg))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (member,)))


if __name__ == "__main__":
    main()
