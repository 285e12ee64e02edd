# PORT704 disable-tls-warnings: the warning about unverified requests silenced.
import warnings

import requests
import urllib3
from urllib3.exceptions import InsecureRequestWarning, SubjectAltNameWarning

urllib3.disable_warnings()  # expect: PORT704
urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # expect: PORT704
requests.packages.urllib3.disable_warnings(InsecureRequestWarning)  # expect: PORT704
urllib3.disable_warnings(SubjectAltNameWarning)  # ok: PORT704
urllib3.disable_warnings(urllib3.exceptions.InsecurePlatformWarning)  # ok: PORT704

warnings.filterwarnings("ignore", category=InsecureRequestWarning)  # expect: PORT704
warnings.simplefilter("ignore", InsecureRequestWarning)  # expect: PORT704
warnings.filterwarnings("ignore", message="Unverified HTTPS request")  # expect: PORT704
warnings.filterwarnings("error", category=InsecureRequestWarning)  # ok: PORT704
warnings.filterwarnings("ignore", category=DeprecationWarning)  # ok: PORT704
