"""``coach map``: my circles with their people, the brokers between them (renders only)."""

from __future__ import annotations

from coach.cli.errors import NOT_FOUND
from coach.cli.opening import open_service
from coach.cli.output import print_json
from coach.wording import Wording
from coach.wording.map_text import map_lines


def map_command(args) -> int:
    """Print the map the service made: text in the workspace's language, or JSON. Exit 1
    when I have no connection to map."""
    with open_service(args) as service:
        network_map = service.network_map()
        if args.json:
            print_json(network_map.to_json())
        else:
            print("\n".join(map_lines(network_map, Wording(service.language))))
    return 0 if network_map.connections else NOT_FOUND
