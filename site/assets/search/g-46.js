(self.SURVEYOR_SEARCH||(self.SURVEYOR_SEARCH={}))["g-46"]={"p":"iUhPNhJidibhLY"};
