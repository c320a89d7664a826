<?php
// The test's switch (a must-use plugin): with the file rest-off in the WordPress folder, the REST
// API is gone, as plugins that switch it off make it.
if (file_exists(ABSPATH . 'rest-off')) {
    remove_action('parse_request', 'rest_api_loaded');
}
