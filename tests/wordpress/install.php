<?php
// Installs the throwaway WordPress with its own functions, and makes the test's users and
// application passwords: php install.php WP_DIR SITE_URL OUT_DIR
[, $root, $site_url, $out] = $argv;
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require $root . '/wp-load.php';
// No mail about the new site (the machine has no mail server): WordPress lets this function be replaced.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install('Công đoàn thử nghiệm', 'admin', 'admin@example.invalid', false, '', wp_generate_password(24));
if (is_wp_error($result)) {
    fwrite(STDERR, $result->get_error_message() . "\n");
    exit(1);
}
update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
flush_rewrite_rules();

// The publisher (an administrator) and a reader who may not publish.
$admin = get_user_by('login', 'admin');
[$password] = WP_Application_Passwords::create_new_application_password($admin->ID, ['name' => 'thidua']);
file_put_contents("$out/admin.password", $password . "\n");
$reader = wp_insert_user(['user_login' => 'reader', 'user_pass' => wp_generate_password(24),
                          'user_email' => 'reader@example.invalid', 'role' => 'subscriber']);
[$reader_password] = WP_Application_Passwords::create_new_application_password($reader, ['name' => 'thidua']);
file_put_contents("$out/reader.password", $reader_password . "\n");
echo "installed WordPress " . get_bloginfo('version') . "\n";
