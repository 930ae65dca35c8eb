from kg.cli_launch import main

main()
