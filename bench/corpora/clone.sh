# Sourced by the corpus scripts that read one public repository: from the script's arguments
# ([CLONE] OUT) sets clone, a local clone of the repository at URL (cloned from GitHub into a
# temporary folder when only OUT is given), and out, the corpus folder, which it creates.
#
#   source "$(dirname "$0")/clone.sh" URL "$@"
url=$1; shift
if [ $# -eq 1 ]; then clone=$(mktemp -d)/repo; out=$1
  git clone -q --depth 1 "$url" "$clone"
else clone=$1; out=$2; fi
mkdir -p "$out"
